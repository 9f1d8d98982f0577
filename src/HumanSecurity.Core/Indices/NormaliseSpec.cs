using System.Globalization;

namespace HumanSecurity.Indices;

/// <summary>A normalisation with parameters, written as <c>minmax:0:100</c>, <c>zscore:10:2</c>, <c>goalposts</c>, <c>goalposts:100</c>, <c>rank</c>, ...</summary>
public readonly record struct NormaliseSpec(NormaliseMethod Method, double A = 0, double B = 100)
{
    public static NormaliseSpec MinMax0To100 { get; } = new(NormaliseMethod.MinMax, 0, 100);

    public static NormaliseSpec Parse(string text)
    {
        if (TryParse(text, out var spec)) return spec;
        throw new FormatException($"unknown normalisation '{text}'; expected minmax:L:U, zscore:M:S, goalposts[:SCALE], rank, prank, dist2max, dist2ref, dist2targ, borda or none");
    }

    public static bool TryParse(string? text, out NormaliseSpec spec)
    {
        spec = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split(':');
        var nums = new double[parts.Length - 1];
        for (var i = 1; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out nums[i - 1])) return false;
        (NormaliseMethod m, int arity, double a, double b)? r = parts[0].ToLowerInvariant() switch
        {
            "none" => (NormaliseMethod.None, 0, 0, 0),
            "minmax" => (NormaliseMethod.MinMax, 2, 0, 100),
            "zscore" => (NormaliseMethod.ZScore, 2, 0, 1),
            "goalposts" => (NormaliseMethod.Goalposts, 1, 0, 10),
            "rank" => (NormaliseMethod.Rank, 0, 0, 0),
            "prank" => (NormaliseMethod.PercentRank, 0, 0, 0),
            "dist2max" => (NormaliseMethod.DistanceToMax, 0, 0, 0),
            "dist2ref" => (NormaliseMethod.DistanceToReference, 0, 0, 0),
            "dist2targ" => (NormaliseMethod.DistanceToTarget, 0, 0, 0),
            "borda" => (NormaliseMethod.Borda, 0, 0, 0),
            _ => null,
        };
        if (r is null) return false;
        var (method, arity, da, db) = r.Value;
        if (nums.Length != 0 && nums.Length != arity) return false;
        if (method == NormaliseMethod.Goalposts) spec = new(method, 0, nums.Length == 1 ? nums[0] : db);
        else spec = new(method, nums.Length == 2 ? nums[0] : da, nums.Length == 2 ? nums[1] : db);
        return true;
    }

    public override string ToString() => Method switch
    {
        NormaliseMethod.None => "none",
        NormaliseMethod.MinMax => string.Create(CultureInfo.InvariantCulture, $"minmax:{A}:{B}"),
        NormaliseMethod.ZScore => string.Create(CultureInfo.InvariantCulture, $"zscore:{A}:{B}"),
        NormaliseMethod.Goalposts => string.Create(CultureInfo.InvariantCulture, $"goalposts:{B}"),
        NormaliseMethod.Rank => "rank",
        NormaliseMethod.PercentRank => "prank",
        NormaliseMethod.DistanceToMax => "dist2max",
        NormaliseMethod.DistanceToReference => "dist2ref",
        NormaliseMethod.DistanceToTarget => "dist2targ",
        _ => "borda",
    };
}
