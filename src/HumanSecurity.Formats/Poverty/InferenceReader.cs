using HumanSecurity.Formats.Yaml;
using HumanSecurity.Poverty;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Reads the optional <c>inference:</c> block (ci, df, level, singleton, changes).</summary>
internal static class InferenceReader
{
    public static InferenceOptions Read(YamlMap? n)
    {
        if (n is null) return new InferenceOptions();
        var options = new InferenceOptions(
            n.Choice("ci", IntervalKind.Logit, ("logit", IntervalKind.Logit), ("wald", IntervalKind.Wald)),
            n.Choice("df", true, ("design", true), ("normal", false), ("inf", false)),
            n.Number("level") ?? 0.95,
            n.Choice("singleton", SingletonRule.Centered, ("centered", SingletonRule.Centered), ("certainty", SingletonRule.Certainty), ("fail", SingletonRule.Fail)),
            n.Choice("changes", false, ("total", false), ("first-last", false), ("consecutive", true), ("insequence", true)));
        n.RejectUnknownKeys();
        return options;
    }
}
