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
        var thresholds = spec.K.Select(k => CellAccumulator.Threshold(k.Value, sample.UnitDenominator)).ToArray();
        var cells = CellIndex.Build(sample, standardErrors);
        var acc = CellAccumulator.Accumulate(sample, cells.RowCell, cells.Count, layout, thresholds,
            CellAccumulator.Threshold(spec.Severe, sample.UnitDenominator),
            CellAccumulator.Threshold(spec.Vulnerable, sample.UnitDenominator), CellAccumulator.Gaps(sample));
        timings["accumulate"] = sw.Elapsed.TotalMilliseconds;

        sw.Restart();
        var rounds = sample.RoundLabels.Length;
        var variance = standardErrors ? new DesignVariance(sample, spec.Inference.Singleton) : null;
        var df = sample.PsuCount - sample.StrataCount;
        var intervals = new Intervals(spec.Inference, df);
        var estimates = new DomainEstimates(sample, spec, layout, variance, intervals);
        // One subgroup variable at a time, so that only one set of PSU × domain totals is alive; the sets keep their
        // domain totals for the identity checks.
        var sets = new List<DomainSet>();
        for (var v = -1; v < sample.Over.Count; v++)
        {
            var set = v < 0
                ? DomainSet.Build(cells, acc, layout.Width, -1, "all", ["all"], rounds, sample.PsuStratum)
                : DomainSet.Build(cells, acc, layout.Width, v, sample.Over[v].Name, sample.Over[v].Labels, rounds, sample.PsuStratum);
            var all = sets.Count > 0 ? sets[0] : set;
            for (var r = 0; r < rounds; r++)
            {
                var whole = new ReadOnlySpan<double>(all.Totals, r * layout.Width, layout.Width);
                if (whole[CellLayout.Pop] <= 0) continue;
                for (var g = 0; g < set.Groups; g++) estimates.Add(set, r, g, whole);
            }
            sets.Add(set.WithoutEntries());
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
