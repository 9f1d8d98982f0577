namespace HumanSecurity.Indicators;

/// <summary>Text forms of the indicator classification enums as written in catalogues (lower case, <c>|</c>- or
/// <c>;</c>-separated lists for the flag enums).</summary>
public static class IndicatorVocabulary
{
    private static readonly char[] ListSeparators = ['|', ';', ','];

    public static string ToCode(this ThreatCluster c) => c switch
    {
        ThreatCluster.Climate => "climate",
        ThreatCluster.Digital => "digital",
        ThreatCluster.Health => "health",
        ThreatCluster.Poverty => "poverty",
        ThreatCluster.Conflict => "conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string ClusterTitle(this ThreatCluster c) => c switch
    {
        ThreatCluster.Climate => "Climate change, biodiversity loss and pollution",
        ThreatCluster.Digital => "Digital technology",
        ThreatCluster.Health => "Pandemics and health",
        ThreatCluster.Poverty => "Poverty, hunger and inequality",
        ThreatCluster.Conflict => "Conflict, violence and displacement",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static bool TryParseCluster(string? text, out ThreatCluster cluster)
    {
        cluster = default;
        var t = text?.Trim().ToLowerInvariant();
        foreach (var c in Enum.GetValues<ThreatCluster>())
        {
            if (t == c.ToCode()) { cluster = c; return true; }
        }
        return false;
    }

    public static bool TryParseDirection(string? text, out Direction direction)
    {
        direction = Direction.HigherIsWorse;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "1" or "+1" or "higher_is_worse" or "higher-is-worse" or "worse": direction = Direction.HigherIsWorse; return true;
            case "-1" or "higher_is_better" or "higher-is-better" or "better": direction = Direction.HigherIsBetter; return true;
            default: return false;
        }
    }

    public static string ToCode(this Direction d) => d == Direction.HigherIsWorse ? "higher_is_worse" : "higher_is_better";

    public static bool TryParseTimeframe(string? text, out Timeframe timeframe)
    {
        timeframe = Timeframe.Structural;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "structural" or "" or null: timeframe = Timeframe.Structural; return true;
            case "emerging": timeframe = Timeframe.Emerging; return true;
            default: return false;
        }
    }

    public static string ToCode(this Timeframe t) => t == Timeframe.Emerging ? "emerging" : "structural";

    /// <summary>Parses a list such as <c>food|health</c>; an empty text is <see cref="InsecurityTypes.None"/>.</summary>
    public static bool TryParseTypes(string? text, out InsecurityTypes types) => TryParseFlags(text, out types);

    public static bool TryParseImpacts(string? text, out Impacts impacts) => TryParseFlags(text, out impacts);

    /// <summary>Writes a flag set as a <c>|</c>-separated lower-case list.</summary>
    public static string ToCodes<T>(T flags) where T : struct, Enum
    {
        var value = Convert.ToInt64(flags, System.Globalization.CultureInfo.InvariantCulture);
        return string.Join('|', Enum.GetValues<T>()
            .Where(f => { var v = Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture); return v != 0 && (value & v) == v; })
            .Select(f => f.ToString().ToLowerInvariant()));
    }

    private static bool TryParseFlags<T>(string? text, out T flags) where T : struct, Enum
    {
        flags = default;
        if (string.IsNullOrWhiteSpace(text)) return true;
        long acc = 0;
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<T>(part, ignoreCase: true, out var one) || int.TryParse(part, out _)) return false;
            acc |= Convert.ToInt64(one, System.Globalization.CultureInfo.InvariantCulture);
        }
        flags = (T)Enum.ToObject(typeof(T), acc);
        return true;
    }
}
