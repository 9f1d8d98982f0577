using HumanSecurity.Formats.Yaml;
using HumanSecurity.Poverty;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Reads an indicator's <c>roster:</c> rule (value, deprived_if, aggregate, age, min_data_share, no_eligible).</summary>
internal static class RosterReader
{
    public static RosterRule? Read(YamlMap? n, ProblemList problems)
    {
        if (n is null) return null;
        var value = n.String("value", required: true);
        var rule = IndicatorSpecReader.Rule(n, "deprived_if", problems);
        if (n.Get("deprived_if") is null) problems.Error(n.Location, $"key '{n.Join("deprived_if")}' is required (person-level cutoff, e.g. \"< 6\")");
        var aggregate = n.Choice("aggregate", RosterAggregate.Any, ("any", RosterAggregate.Any), ("all", RosterAggregate.All), ("share", RosterAggregate.Share));
        var share = n.Fraction("share", percentIfNumber: false) ?? new Rational(1, 2);
        var minData = n.Fraction("min_data_share", percentIfNumber: false) ?? Rational.Zero;
        var noEligible = n.Choice("no_eligible", NoEligiblePolicy.NonDeprived,
            ("nondeprived", NoEligiblePolicy.NonDeprived), ("non-deprived", NoEligiblePolicy.NonDeprived),
            ("deprived", NoEligiblePolicy.Deprived), ("missing", NoEligiblePolicy.Missing));
        var minAge = n.Number("min_age");
        var maxAge = n.Number("max_age");
        var ageColumn = n.String("age") ?? (minAge is null && maxAge is null ? null : "age");
        n.RejectUnknownKeys();
        if (value is null || rule is null) return null;
        return new RosterRule(value, rule, aggregate, ageColumn, minAge, maxAge, share, minData, noEligible);
    }
}
