namespace HumanSecurity.Poverty;

/// <summary>Design-based weighted means of arbitrary row variables (band shares, mean scores) for every domain of a
/// <see cref="SurveySample"/>, with the same linearisation, domains and intervals as <see cref="PovertyEstimator"/>.</summary>
public static class MeanEstimator
{
    /// <param name="sample">Design, weights and subgroups.</param>
    /// <param name="variables">Name (written as <see cref="Estimate.Indicator"/>), measure name and one value per row.</param>
    /// <param name="inference">Interval options.</param>
    /// <param name="standardErrors">Compute SEs and intervals.</param>
    public static IReadOnlyList<Estimate> Estimate(SurveySample sample, IReadOnlyList<(string Name, string Measure, double[] Values)> variables,
        InferenceOptions inference, bool standardErrors = true)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(inference);
        var width = 2 + variables.Count;
        var cells = CellIndex.Build(sample, standardErrors);
        var acc = Accumulate(sample, cells.RowCell, cells.Count, variables, width);
        var rounds = sample.RoundLabels.Length;
        var sets = new List<DomainSet> { DomainSet.Build(cells, acc, width, -1, "all", ["all"], rounds, sample.PsuStratum) };
        for (var v = 0; v < sample.Over.Count; v++)
            sets.Add(DomainSet.Build(cells, acc, width, v, sample.Over[v].Name, sample.Over[v].Labels, rounds, sample.PsuStratum));
        var variance = standardErrors ? new DesignVariance(sample.PsuCount, sample.StrataCount, sample.PsuStratum, inference.Singleton) : null;
        var intervals = new Intervals(inference, sample.PsuCount - sample.StrataCount);
        var result = new List<Estimate>();
        foreach (var set in sets)
            for (var r = 0; r < rounds; r++)
                for (var g = 0; g < set.Groups; g++)
                {
                    var d = set.Domain(r, g);
                    var pop = set.Totals[d * width];
                    if (pop <= 0) continue;
                    for (var m = 0; m < variables.Count; m++)
                    {
                        var value = set.Totals[d * width + 2 + m] / pop;
                        var se = variance?.Se(set, d, width, 2 + m, 0) ?? double.NaN;
                        var (lo, hi) = intervals.Level(value, se);
                        result.Add(new Estimate(sample.HasTime ? sample.RoundLabels[r] : "", set.Over, set.Labels[g], "", variables[m].Name,
                            variables[m].Measure, value, se, lo, hi, set.Totals[d * width + 1], pop));
                    }
                }
        return result;
    }

    private static double[] Accumulate(SurveySample s, int[] cell, int cells, IReadOnlyList<(string Name, string Measure, double[] Values)> variables, int width)
    {
        var acc = new double[(long)cells * width];
        for (var i = 0; i < s.Count; i++)
        {
            var b = cell[i] * width;
            var w = s.SamplingWeight[i] * s.Size[i];
            acc[b] += w;
            acc[b + 1] += 1;
            for (var m = 0; m < variables.Count; m++) acc[b + 2 + m] += w * variables[m].Values[i];
        }
        return acc;
    }
}
