namespace HumanSecurity.Poverty;

/// <summary>Checks M0 = Σ_g φ_g·M0_g (every subgroup variable, round and k) and M0 = Σ_j w_j·h_j(k) (every domain).
/// A failure is a bug, not bad input, and stops the run.</summary>
internal static class IdentityCheck
{
    public static double Run(SurveyCells sample, IReadOnlyList<DomainSet> sets, CellLayout layout)
    {
        var w = layout.Width;
        var weights = sample.Indicators.Select(i => i.Weight.ToDouble()).ToArray();
        double worst = 0;
        var all = sets[0];
        foreach (var set in sets)
            for (var r = 0; r < set.Rounds; r++)
            {
                var pop = all.Totals[r * w + CellLayout.Pop];
                if (pop <= 0) continue;
                for (var k = 0; k < layout.K; k++)
                {
                    var m0 = all.Totals[r * w + layout.Score(k)] / pop;
                    double decomposed = 0;
                    for (var g = 0; g < set.Groups; g++)
                    {
                        var b = set.Domain(r, g) * w;
                        var popG = set.Totals[b + CellLayout.Pop];
                        if (popG <= 0) continue;
                        var m0G = set.Totals[b + layout.Score(k)] / popG;
                        decomposed += popG / pop * m0G;
                        double byIndicator = 0;
                        for (var j = 0; j < weights.Length; j++) byIndicator += weights[j] * set.Totals[b + layout.Hdk(k, j)] / popG;
                        worst = Math.Max(worst, Check(m0G, byIndicator, $"M0 = Σ w_j h_j(k) in {set.Over}={set.Labels[g]}"));
                    }
                    worst = Math.Max(worst, Check(m0, decomposed, $"M0 = Σ φ_g M0_g over {set.Over}"));
                }
            }
        return worst;
    }

    private static double Check(double a, double b, string what)
    {
        var error = Math.Abs(a - b);
        if (error > PovertyEstimator.IdentityTolerance * Math.Max(1, Math.Abs(a)))
            throw new InvalidOperationException($"Identity {what} failed: {a:R} vs {b:R}.");
        return error;
    }
}
