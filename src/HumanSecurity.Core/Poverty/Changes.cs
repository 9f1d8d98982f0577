namespace HumanSecurity.Poverty;

/// <summary>Changes over time (Alkire, Roche &amp; Vaz 2017): absolute, relative (percent), annualised absolute and
/// annualised relative, with delta-method SEs and normal intervals. Rounds are independent samples (their strata and
/// PSUs are distinct), so the covariance between rounds is zero.</summary>
internal static class Changes
{
    private static readonly string[] Measures = ["H", "A", "M0"];

    /// <summary>Changes of H, A and M0 (levels) and of hd and hdk (indicators, with <see cref="ChangeEstimate.Indicator"/>).</summary>
    public static List<ChangeEstimate> Compute(SurveyCells sample, PovertySpec spec, IReadOnlyList<Estimate> levels,
        IReadOnlyList<Estimate> indicators, Intervals intervals)
    {
        var result = new List<ChangeEstimate>();
        var chosen = levels.Where(l => Measures.Contains(l.Measure))
            .Concat(indicators.Where(i => i.Measure is "hd" or "hdk"));
        var byKey = chosen.GroupBy(l => (l.Over, l.Group, l.K, l.Measure, l.Indicator));
        var labels = sample.RoundLabels;
        var pairs = Pairs(labels.Length, spec.Inference.Consecutive);
        foreach (var g in byKey)
        {
            var byRound = g.ToDictionary(e => e.Round);
            foreach (var (a, b) in pairs)
            {
                if (!byRound.TryGetValue(labels[a], out var e0) || !byRound.TryGetValue(labels[b], out var e1)) continue;
                result.AddRange(Between(g.Key, e0, e1, sample.RoundYears[b] - sample.RoundYears[a], intervals));
            }
        }
        return result;
    }

    private static List<(int, int)> Pairs(int rounds, bool consecutive) =>
        consecutive ? Enumerable.Range(0, rounds - 1).Select(r => (r, r + 1)).ToList() : [(0, rounds - 1)];

    private static IEnumerable<ChangeEstimate> Between((string Over, string Group, string K, string Measure, string Indicator) key,
        Estimate e0, Estimate e1, double years, Intervals intervals)
    {
        double m0 = e0.Value, m1 = e1.Value, v0 = e0.Se * e0.Se, v1 = e1.Se * e1.Se;
        var abs = m1 - m0;
        var absSe = Math.Sqrt(v0 + v1);
        var ratio = m1 / m0;
        var rel = 100 * (ratio - 1);
        var relSe = 100 * Math.Sqrt(v1 / (m0 * m0) + m1 * m1 * v0 / (m0 * m0 * m0 * m0));
        yield return Make(key, e0, e1, "abs", false, abs, absSe, intervals);
        yield return Make(key, e0, e1, "rel", false, m0 == 0 ? double.NaN : rel, m0 == 0 ? double.NaN : relSe, intervals);
        if (double.IsNaN(years) || years == 0) yield break;
        yield return Make(key, e0, e1, "abs", true, abs / years, absSe / Math.Abs(years), intervals);
        var annRel = 100 * (Math.Pow(ratio, 1 / years) - 1);
        var common = 100 / years * Math.Pow(ratio, 1 / years - 1);
        var d1 = common / m0;
        var d0 = -common * m1 / (m0 * m0);
        var annRelSe = Math.Sqrt(d1 * d1 * v1 + d0 * d0 * v0);
        var defined = m0 > 0 && m1 >= 0;
        yield return Make(key, e0, e1, "rel", true, defined ? annRel : double.NaN, defined ? annRelSe : double.NaN, intervals);
    }

    private static ChangeEstimate Make((string Over, string Group, string K, string Measure, string Indicator) key, Estimate e0, Estimate e1,
        string type, bool annualised, double value, double se, Intervals intervals)
    {
        var (lo, hi) = intervals.Normal95(value, se);
        return new ChangeEstimate(key.Over, key.Group, key.K, key.Measure, e0.Round, e1.Round, type, annualised, value, se, lo, hi)
        {
            Indicator = key.Indicator,
        };
    }
}
