using System.Diagnostics;

namespace HumanSecurity.Poverty;

/// <summary>Alkire–Foster estimation with design-based inference: one pass over the rows into cells, then domains
/// (whole population and every subgroup of every <c>over</c> variable, per round), SEs, identity checks and changes.</summary>
public static class PovertyEstimator
{
    /// <summary>Relative tolerance of the identity checks M0 = Σφ_g·M0_g = Σw_j·h_j(k).</summary>
    public const double IdentityTolerance = 1e-9;

    /// <exception cref="InvalidInputException">A singleton stratum under <see cref="SingletonRule.Fail"/>.</exception>
    public static PovertyResult Estimate(SurveySample sample, PovertySpec spec, bool standardErrors = true)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(spec);
        var timings = new Dictionary<string, double>();
        var sw = Stopwatch.StartNew();
        var layout = new CellLayout(sample.Indicators.Count, spec.K.Count);
        var score = CellAccumulator.Scores(sample);
        var thresholds = spec.K.Select(k => CellAccumulator.Threshold(k.Value, sample.UnitDenominator)).ToArray();
        var cells = CellIndex.Build(sample, standardErrors);
        var acc = CellAccumulator.Accumulate(sample, cells.RowCell, cells.Count, layout, score, thresholds,
            CellAccumulator.Threshold(spec.Severe, sample.UnitDenominator),
            CellAccumulator.Threshold(spec.Vulnerable, sample.UnitDenominator), CellAccumulator.Gaps(sample));
        timings["accumulate"] = sw.Elapsed.TotalMilliseconds;

        sw.Restart();
        var rounds = sample.RoundLabels.Length;
        var sets = new List<DomainSet> { DomainSet.Build(cells, acc, layout.Width, -1, "all", ["all"], rounds, sample.PsuStratum) };
        for (var v = 0; v < sample.Over.Count; v++)
            sets.Add(DomainSet.Build(cells, acc, layout.Width, v, sample.Over[v].Name, sample.Over[v].Labels, rounds, sample.PsuStratum));
        var variance = standardErrors ? new DesignVariance(sample, spec.Inference.Singleton) : null;
        var df = sample.PsuCount - sample.StrataCount;
        var intervals = new Intervals(spec.Inference, df);
        var estimates = new DomainEstimates(sample, spec, layout, variance, intervals);
        foreach (var set in sets)
            for (var r = 0; r < rounds; r++)
            {
                var whole = new ReadOnlySpan<double>(sets[0].Totals, r * layout.Width, layout.Width);
                if (whole[CellLayout.Pop] <= 0) continue;
                for (var g = 0; g < set.Groups; g++) estimates.Add(set, r, g, whole);
            }
        timings["domains"] = sw.Elapsed.TotalMilliseconds;

        var identity = IdentityCheck.Run(sample, sets, layout);
        var changes = sample.HasTime && rounds > 1 ? Changes.Compute(sample, spec, estimates.Levels, estimates.Indicators, intervals) : [];
        return new PovertyResult
        {
            Levels = estimates.Levels, Measures = estimates.Measures, Indicators = estimates.Indicators, Changes = changes,
            Design = new DesignSummary(sample.PsuCount, sample.StrataCount, variance?.Singletons ?? 0, df, spec.Inference.Singleton),
            IdentityError = identity, TimingsMs = timings, WithStandardErrors = standardErrors,
        };
    }
}
