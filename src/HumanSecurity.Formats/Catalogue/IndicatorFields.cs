using HumanSecurity.Indicators;

namespace HumanSecurity.Formats.Catalogue;

/// <summary>Builds an <see cref="Indicator"/> from named text fields (a CSV row or a YAML mapping), reporting every
/// field that does not fit the vocabulary. Shared by the CSV and YAML catalogue importers.</summary>
internal static class IndicatorFields
{
    /// <summary>Field names, in CSV column order.</summary>
    public static IReadOnlyList<string> Required { get; } = ["code", "name", "unit", "direction"];

    public static IReadOnlyList<string> Optional { get; } =
        ["cluster", "types", "impacts", "timeframe", "sdg", "source", "frequency", "licence", "description"];

    public static IReadOnlyList<string> Frequencies { get; } = ["annual", "quarterly", "monthly", "weekly", "daily", "irregular"];

    /// <summary>Reads one indicator. <paramref name="get"/> returns a field's trimmed text (null when absent) and
    /// <paramref name="at"/> the location of a field. Returns null when a required field is unusable.</summary>
    public static Indicator? Read(Func<string, string?> get, Func<string, string> at, ProblemList problems)
    {
        var code = get("code");
        var name = get("name");
        var unit = get("unit");
        var ok = Require(code, "code", "an indicator code", at, problems) & Require(name, "name", "a name", at, problems)
            & Require(unit, "unit", "a unit such as '%' or 'people'", at, problems);
        if (!IndicatorVocabulary.TryParseDirection(get("direction"), out var direction))
        {
            problems.Error(at("direction"), $"'{get("direction")}' is not a direction; expected higher_is_worse or higher_is_better (or 1 / -1)");
            ok = false;
        }
        ThreatCluster? cluster = null;
        if (get("cluster") is { Length: > 0 } c)
        {
            if (IndicatorVocabulary.TryParseCluster(c, out var parsed)) cluster = parsed;
            else problems.Error(at("cluster"), $"'{c}' is not a threat cluster; expected one of {string.Join(", ", Enum.GetValues<ThreatCluster>().Select(x => x.ToCode()))}");
        }
        if (!IndicatorVocabulary.TryParseTypes(get("types"), out var types))
            problems.Error(at("types"), $"'{get("types")}' is not a list of insecurity types; expected |-separated names from {Names<InsecurityTypes>()}");
        if (!IndicatorVocabulary.TryParseImpacts(get("impacts"), out var impacts))
            problems.Error(at("impacts"), $"'{get("impacts")}' is not a list of impacts; expected |-separated names from {Names<Impacts>()}");
        if (!IndicatorVocabulary.TryParseTimeframe(get("timeframe"), out var timeframe))
            problems.Error(at("timeframe"), $"'{get("timeframe")}' is not a timeframe; expected structural or emerging");
        var frequency = get("frequency");
        if (frequency is { Length: > 0 } && !Frequencies.Contains(frequency.ToLowerInvariant()))
            problems.Error(at("frequency"), $"'{frequency}' is not an update frequency; expected one of {string.Join(", ", Frequencies)}");
        if (!ok) return null;
        return new Indicator(code!, name!, unit!, direction)
        {
            Cluster = cluster, Types = types, Impacts = impacts, Timeframe = timeframe, SdgTarget = Empty(get("sdg")), Source = Empty(get("source")),
            UpdateFrequency = Empty(frequency)?.ToLowerInvariant(), Licence = Empty(get("licence")), Description = Empty(get("description")),
        };
    }

    private static bool Require(string? value, string field, string expected, Func<string, string> at, ProblemList problems)
    {
        if (!string.IsNullOrEmpty(value)) return true;
        problems.Error(at(field), $"{field} is empty; expected {expected}");
        return false;
    }

    private static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Where(n => n != "None").Select(n => n.ToLowerInvariant()));
}
