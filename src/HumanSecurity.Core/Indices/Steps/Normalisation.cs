namespace HumanSecurity.Indices.Steps;

/// <summary>Normalises one indicator column (NaN stays NaN). Direction is applied first by multiplying by ±1, as COINr does,
/// so goalposts and targets are mirrored with the values; for goalposts this is INFORM's inversion x' = scale − x'.</summary>
public static class Normalisation
{
    /// <summary>Normalises <paramref name="source"/> into <paramref name="target"/> (both one column). With
    /// <paramref name="bounds"/> (raw min and max pooled over a panel's periods), min-max, dist2max and data-derived goalposts
    /// use those bounds instead of this column's, so scores of different periods are on one scale.</summary>
    public static void Apply(ReadOnlySpan<double> source, Span<double> target, NormaliseSpec spec, ModelIndicator indicator, IReadOnlyList<string> units,
        (double Min, double Max)? bounds = null)
    {
        var dir = indicator.Direction;
        for (var i = 0; i < source.Length; i++) target[i] = dir * source[i];
        (double Min, double Max)? directed = bounds is { } b ? (dir > 0 ? (b.Min, b.Max) : (-b.Max, -b.Min)) : null;
        switch (spec.Method)
        {
            case NormaliseMethod.None: return;
            case NormaliseMethod.MinMax: MinMax(target, spec.A, spec.B, directed); return;
            case NormaliseMethod.ZScore: ZScore(target, spec.A, spec.B); return;
            case NormaliseMethod.Goalposts: Goalposts(target, indicator, spec.B, directed); return;
            case NormaliseMethod.Rank: Rank(target); return;
            case NormaliseMethod.PercentRank: PercentRank(target); return;
            case NormaliseMethod.DistanceToMax: MinMax(target, 0, 1, directed); return;
            case NormaliseMethod.DistanceToReference: DistanceToReference(target, indicator, units); return;
            case NormaliseMethod.DistanceToTarget: DistanceToTarget(target, indicator); return;
            default: Borda(target); return;
        }
    }

    /// <summary>True when the method can use bounds pooled over periods (min-max, dist2max, goalposts).</summary>
    public static bool UsesBounds(NormaliseMethod method) =>
        method is NormaliseMethod.MinMax or NormaliseMethod.DistanceToMax or NormaliseMethod.Goalposts;

    /// <summary>(x − min)/(max − min)·(u − l) + l; a constant column maps to NaN (range 0, as in COINr). Min and max are the
    /// column's, or <paramref name="bounds"/> (same direction as <paramref name="x"/>) when given.</summary>
    public static void MinMax(Span<double> x, double l, double u, (double Min, double Max)? bounds = null)
    {
        var (min, max) = bounds ?? Moments.MinMax(x);
        var scale = (u - l) / (max - min);
        for (var i = 0; i < x.Length; i++) x[i] = (x[i] - min) * scale + l;
    }

    /// <summary>(x − mean)/sd·s + m with the sample standard deviation (n − 1).</summary>
    public static void ZScore(Span<double> x, double m, double s)
    {
        var (_, mean) = Moments.CountMean(x);
        var sd = Moments.SampleSd(x);
        for (var i = 0; i < x.Length; i++) x[i] = (x[i] - mean) / sd * s + m;
    }

    /// <summary>scale·(clamp(x, lo, hi) − lo)/(hi − lo) with the indicator's goalposts (data min/max where not set: the
    /// column's, or <paramref name="bounds"/> in the direction of <paramref name="x"/>).</summary>
    public static void Goalposts(Span<double> x, ModelIndicator indicator, double scale, (double Min, double Max)? bounds = null)
    {
        var (dmin, dmax) = bounds ?? Moments.MinMax(x);
        var dir = indicator.Direction;
        var lo0 = indicator.GoalMin ?? (dir > 0 ? dmin : -dmax);
        var hi0 = indicator.GoalMax ?? (dir > 0 ? dmax : -dmin);
        var lo = dir > 0 ? lo0 : -hi0;
        var hi = dir > 0 ? hi0 : -lo0;
        var k = scale / (hi - lo);
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            if (double.IsNaN(v)) continue;
            x[i] = (Math.Clamp(v, lo, hi) - lo) * k;
        }
    }

    /// <summary>Ranks, 1 = lowest, ties take the minimum rank (COINr <c>n_rank</c>: <c>rank(x, ties.method = "min")</c>).</summary>
    public static void Rank(Span<double> x) => Ranking.AscendingMinRanks(x, x, RankBuffer.ForCurrentThread(x.Length));

    /// <summary>Percent ranks (rank − 1)/(n − 1) with minimum ranks for ties, n = non-missing values (COINr <c>n_prank</c>):
    /// the lowest value scores 0 and the highest 1.</summary>
    public static void PercentRank(Span<double> x)
    {
        Rank(x);
        var (n, _) = Moments.CountMean(x);
        for (var i = 0; i < x.Length; i++) x[i] = (x[i] - 1) / (n - 1);
    }

    /// <summary>Number of units with a strictly lower value (COINr <c>n_borda</c>: minimum rank − 1).</summary>
    public static void Borda(Span<double> x)
    {
        Rank(x);
        for (var i = 0; i < x.Length; i++) x[i] -= 1;
    }

    /// <summary>1 − (x_ref − x)/(x_ref − min), reference = the indicator's reference unit.</summary>
    public static void DistanceToReference(Span<double> x, ModelIndicator indicator, IReadOnlyList<string> units)
    {
        var r = -1;
        for (var i = 0; i < units.Count; i++) if (units[i] == indicator.Reference) r = i;
        if (r < 0 || double.IsNaN(x[r]))
            throw new InvalidInputException($"indicator {indicator.Code}", $"dist2ref needs a reference unit with a value; '{indicator.Reference}' has none");
        var (min, _) = Moments.MinMax(x);
        var xr = x[r];
        for (var i = 0; i < x.Length; i++) x[i] = 1 - (xr - x[i]) / (xr - min);
    }

    /// <summary>1 − (target − min(x, target))/(target − min), i.e. 1 at or beyond the target.</summary>
    public static void DistanceToTarget(Span<double> x, ModelIndicator indicator)
    {
        if (indicator.Target is not { } t0) throw new InvalidInputException($"indicator {indicator.Code}", "dist2targ needs a target for the indicator");
        var t = indicator.Direction * t0;
        var (min, _) = Moments.MinMax(x);
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i])) x[i] = 1 - (t - Math.Min(x[i], t)) / (t - min);
    }
}
