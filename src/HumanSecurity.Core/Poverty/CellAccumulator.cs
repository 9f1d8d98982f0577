namespace HumanSecurity.Poverty;

/// <summary>The single pass over rows: every row adds its weighted deprivations, score and poverty status to one cell
/// (a PSU × round × subgroup combination, or round × subgroup for point estimates only).</summary>
internal static class CellAccumulator
{
    /// <summary>Smallest integer score that satisfies c ≥ k exactly: ceil(k·L).</summary>
    public static int Threshold(Rational k, long denominator)
    {
        var num = (System.Numerics.BigInteger)k.Numerator * denominator;
        var q = System.Numerics.BigInteger.DivRem(num, k.Denominator, out var rem);
        return (int)(rem > 0 ? q + 1 : q);
    }

    /// <summary>Per-row weighted gap sums Σ_j w_j·gap_ij and Σ_j w_j·gap_ij² when every indicator is cardinal; else null.</summary>
    public static (double[] G1, double[] G2)? Gaps(SurveySample s)
    {
        if (s.Gap.Any(g => g is null)) return null;
        var g1 = new double[s.Count];
        var g2 = new double[s.Count];
        for (var j = 0; j < s.Gap.Length; j++)
        {
            var gap = s.Gap[j]!;
            var w = (double)s.Units[j] / s.UnitDenominator;
            for (var i = 0; i < g1.Length; i++) { g1[i] += w * gap[i]; g2[i] += w * gap[i] * gap[i]; }
        }
        return (g1, g2);
    }

    // Hot loop (2 million rows in the benchmark): no allocation, no calls; the integer score is summed while the
    // deprivations are read; the per-row work is Width additions at most.
    public static double[] Accumulate(SurveySample s, int[] cell, int cells, CellLayout layout,
        int[] kThreshold, int severeThreshold, int vulnerableThreshold, (double[] G1, double[] G2)? gaps)
    {
        var width = layout.Width;
        var acc = new double[(long)cells * width];
        var d = layout.D;
        var kCount = layout.K;
        var inv = 1.0 / s.UnitDenominator;
        var deprived = s.Deprived;
        var weight = s.SamplingWeight;
        var size = s.Size;
        var units = s.Units.Select(u => (int)u).ToArray();
        for (var i = 0; i < s.Count; i++)
        {
            var b = cell[i] * width;
            var w = weight[i] * size[i];
            var u = 0;
            acc[b + CellLayout.Pop] += w;
            acc[b + CellLayout.Rows] += 1;
            for (var j = 0; j < d; j++)
            {
                var g = deprived[j][i];
                u += g * units[j];
                acc[b + CellLayout.Hd0 + j] += w * g;
            }
            if (u >= severeThreshold) acc[b + layout.Severe] += w;
            var c = u * inv;
            for (var k = 0; k < kCount; k++)
            {
                var kb = layout.KBase(k) + b;
                if (u < kThreshold[k])
                {
                    if (u >= vulnerableThreshold) acc[kb + 4] += w;
                    continue;
                }
                acc[kb] += w;
                acc[kb + 1] += w * c;
                acc[kb + 2] += w * c * c;
                acc[kb + 3] += size[i];
                if (gaps is { } g) { acc[kb + 5] += w * g.G1[i]; acc[kb + 6] += w * g.G2[i]; }
                for (var j = 0; j < d; j++) acc[kb + 7 + j] += w * deprived[j][i];
            }
        }
        return acc;
    }
}
