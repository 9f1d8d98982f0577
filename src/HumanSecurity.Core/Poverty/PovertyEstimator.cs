using System.Diagnostics;

namespace HumanSecurity.Poverty;

/// <summary>Alkire–Foster estimation with design-based inference: one pass over the rows into cells (in memory, or in a
/// store that aggregates surveys itself), then domains
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
        var sw = Stopwatch.StartNew();
        var cells = SurveyCells.FromSample(sample, spec, standardErrors);
        var accumulate = sw.Elapsed.TotalMilliseconds;
        return Estimate(cells, spec, accumulate);
    }

    /// <summary>Estimates from cell totals: the in-memory sample's (<see cref="SurveyCells.FromSample"/>) or those a
    /// store aggregated itself (<see cref="ISurveyAggregation"/>). Standard errors are computed when the cells are per PSU.</summary>
    /// <exception cref="InvalidInputException">A singleton stratum under <see cref="SingletonRule.Fail"/>.</exception>
    public static PovertyResult Estimate(SurveyCells cells, PovertySpec spec) => Estimate(cells, spec, double.NaN);

    private static PovertyResult Estimate(SurveyCells cells, PovertySpec spec, double accumulateMs)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(spec);
        if (cells.Cutoffs != spec.K.Count) throw new ArgumentException($"The cells hold totals for {cells.Cutoffs} cutoffs; the spec has {spec.K.Count}.", nameof(spec));
        var timings = new Dictionary<string, double>();
        if (!double.IsNaN(accumulateMs)) timings["accumulate"] = accumulateMs;
        var sw = Stopwatch.StartNew();
        var standardErrors = cells.WithStandardErrors;
        var layout = cells.Layout;
        var acc = cells.Totals;
        var rounds = cells.RoundLabels.Length;
        var variance = standardErrors ? new DesignVariance(cells.PsuCount, cells.StrataCount, cells.PsuStratum, spec.Inference.Singleton) : null;
        var df = cells.PsuCount - cells.StrataCount;
        var intervals = new Intervals(spec.Inference, df);
        var estimates = new DomainEstimates(cells, spec, layout, variance, intervals);
        // One subgroup variable at a time, so that only one set of PSU × domain totals is alive; the sets keep their
        // domain totals for the identity checks.
        var sets = new List<DomainSet>();
        for (var v = -1; v < cells.Over.Count; v++)
        {
            var set = v < 0
                ? DomainSet.Build(cells, acc, layout.Width, -1, "all", ["all"], rounds, cells.PsuStratum)
                : DomainSet.Build(cells, acc, layout.Width, v, cells.Over[v].Name, cells.Over[v].Labels, rounds, cells.PsuStratum);
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

        var identity = IdentityCheck.Run(cells, sets, layout);
        var changes = cells.HasTime && rounds > 1 ? Changes.Compute(cells, spec, estimates.Levels, estimates.Indicators, intervals) : [];
        return new PovertyResult
        {
            Levels = estimates.Levels, Measures = estimates.Measures, Indicators = estimates.Indicators, Changes = changes,
            Design = new DesignSummary(cells.PsuCount, cells.StrataCount, variance?.Singletons ?? 0, df, spec.Inference.Singleton),
            IdentityError = identity, TimingsMs = timings, WithStandardErrors = standardErrors,
        };
    }
}
