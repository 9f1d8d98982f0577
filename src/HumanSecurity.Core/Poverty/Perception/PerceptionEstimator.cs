using HumanSecurity.Tables;

namespace HumanSecurity.Poverty.Perception;

/// <summary>The result of a perception run: band shares and mean score, and the Alkire–Foster counting variant.</summary>
/// <param name="Bands">Per domain: <c>share</c> of each band (indicator = band name) and <c>mean</c> score.</param>
/// <param name="Counting">AF measures over dimensions (insecure in a dimension when its score ≥ the cutoff).</param>
/// <param name="Sample">Estimation sample (persons with every dimension scored).</param>
/// <param name="RowsRead">Rows of the input table.</param>
public sealed record PerceptionResult(IReadOnlyList<Estimate> Bands, PovertyResult Counting, SurveySample Sample, int RowsRead);

/// <summary>Runs a <see cref="PerceptionSpec"/> on person records.</summary>
public static class PerceptionEstimator
{
    private const string FlagPrefix = "__insecure_";

    /// <exception cref="InvalidInputException">The spec is invalid or does not fit the data.</exception>
    public static PerceptionResult Run(PerceptionSpec spec, ColumnTable persons, string source, bool standardErrors = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(persons);
        var problems = new ProblemList();
        PerceptionSpecValidator.Validate(spec, problems);
        problems.ThrowIfErrors();
        var (score, dimScore) = PerceptionScorer.Score(spec, persons, source, problems);
        problems.ThrowIfErrors();
        var keep = Enumerable.Range(0, persons.RowCount).Where(i => !double.IsNaN(score[i])).ToArray();
        var table = Compact(spec, persons, keep, dimScore);
        var afSpec = CountingSpec(spec);
        var sample = SurveySampleBuilder.Build(afSpec, table, source);
        var kept = keep.Select(i => score[i]).ToArray();
        var variables = new List<(string, string, double[])> { ("score", "mean", kept) };
        for (var b = 0; b < spec.Bands.Count; b++)
        {
            var band = b;
            variables.Add((spec.Bands[b].Name, "share", kept.Select(s => PerceptionScorer.Band(spec, s) == band ? 1.0 : 0.0).ToArray()));
        }
        var bands = MeanEstimator.Estimate(sample, variables, spec.Inference, standardErrors);
        var counting = PovertyEstimator.Estimate(sample, afSpec, standardErrors);
        return new PerceptionResult(bands, counting, sample, persons.RowCount);
    }

    /// <summary>The AF spec of the counting variant: one 0/1 indicator per dimension, weighted as the dimension.</summary>
    public static PovertySpec CountingSpec(PerceptionSpec spec) => new()
    {
        Name = spec.Name,
        Unit = spec.Unit,
        Weight = spec.Weight,
        Strata = spec.Strata,
        Psu = spec.Psu,
        Over = spec.Over,
        Time = spec.Time,
        K = spec.K,
        Indicators = [.. spec.Dimensions.Select(d => new PovertyIndicator(d.Name, FlagPrefix + d.Name, d.Name, d.Weight, Location: d.Location))],
        Inference = spec.Inference,
        KeyLocations = spec.KeyLocations,
    };

    private static ColumnTable Compact(PerceptionSpec spec, ColumnTable persons, int[] keep, double[][] dimScore)
    {
        var design = new[] { spec.Unit, spec.Weight, spec.Strata, spec.Psu, spec.Time?.Round, spec.Time?.Year }
            .Concat(spec.Over).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(persons.Has).Select(c => Take(persons[c], keep)).ToList();
        var cutoff = spec.DimensionCutoff.ToDouble() - PerceptionScorer.Tolerance;
        for (var d = 0; d < spec.Dimensions.Count; d++)
        {
            var scores = dimScore[d];
            design.Add(new NumericColumn(FlagPrefix + spec.Dimensions[d].Name, keep.Select(i => scores[i] >= cutoff ? 1.0 : 0.0).ToArray()));
        }
        return new ColumnTable(persons.Name, design);
    }

    private static Column Take(Column c, int[] keep) => c switch
    {
        NumericColumn n => new NumericColumn(c.Name, keep.Select(i => n.Values[i]).ToArray()),
        TextColumn t => new TextColumn(c.Name, keep.Select(i => t.Values[i]).ToArray()),
        _ => c,
    };
}
