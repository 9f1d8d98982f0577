using System.Globalization;
using HumanSecurity.Poverty;

namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>Deprivation rules as SQL on a numeric column, and as per-value codes of a text column decided by the rules'
/// own .NET code (<see cref="TextCodes"/>), so that both paths agree value for value.</summary>
internal static class RuleSql
{
    /// <summary>Code of a value the in-memory path rejects (the caller declines, and that path reports it).</summary>
    public const byte Invalid = 254;

    public const byte Missing = 255;

    /// <summary>The rule's condition on a non-missing numeric value, as <see cref="DeprivationRule.IsDeprived(double)"/>.</summary>
    public static string Numeric(DeprivationRule rule, string x)
    {
        var c = ExactNumber.Sql(rule.Cutoff);
        return rule.Operator switch
        {
            CutoffOperator.Less => $"{x} < {c}",
            CutoffOperator.LessOrEqual => $"{x} <= {c}",
            CutoffOperator.Greater => $"{x} > {c}",
            CutoffOperator.GreaterOrEqual => $"{x} >= {c}",
            CutoffOperator.Equal => $"{x} = {c}",
            CutoffOperator.NotEqual => $"{x} != {c}",
            _ => InSet(rule, x),
        };
    }

    /// <summary><c>in [..]</c> on a number compares its round-trip text with the items, i.e. it equals an item that is a
    /// number, −0 and 0 being different texts; items that are not numbers never match a number.</summary>
    private static string InSet(DeprivationRule rule, string x)
    {
        var numbers = rule.Set.Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null)
            .OfType<double>().Where(v => !double.IsNaN(v)).Select(BitConverter.DoubleToInt64Bits).Distinct().Select(BitConverter.Int64BitsToDouble).ToList();
        return numbers.Count == 0 ? "0" : "(" + string.Join(" OR ", numbers.Select(v => Equals(x, v))) + ")";
    }

    // 1 / x tells +0 (inf) from −0 (−inf), which compare equal.
    private static string Equals(string x, double v) =>
        v != 0 ? $"{x} = {ExactNumber.Sql(v)}" : $"({x} = 0 AND 1 / {x} {(double.IsNegative(v) ? "<" : ">")} 0)";

    /// <summary>A household 0/1 deprivation given as text: trimmed "1" / "0", empty is missing, anything else invalid.</summary>
    public static byte ZeroOneText(string? value)
    {
        var s = value?.Trim();
        return string.IsNullOrEmpty(s) ? Missing : s == "1" ? (byte)1 : s == "0" ? (byte)0 : Invalid;
    }

    /// <summary>A household achievement given as text: empty is missing; a non-number is invalid unless the rule is a set.</summary>
    public static byte RuleText(DeprivationRule rule, string? value)
    {
        if (string.IsNullOrEmpty(value)) return Missing;
        if (rule.Operator != CutoffOperator.In && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return Invalid;
        return rule.IsDeprived(value) ? (byte)1 : (byte)0;
    }

    /// <summary>A roster member's value given as text (null is "no data", decided apart from this code).</summary>
    public static byte RosterText(DeprivationRule rule, string? value) => value is not null && rule.IsDeprived(value) ? (byte)1 : (byte)0;
}
