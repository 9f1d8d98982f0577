using System.Globalization;

namespace HumanSecurity.Poverty;

/// <summary>How a cutoff compares an achievement: deprived when <c>value OP cutoff</c> holds.</summary>
public enum CutoffOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    In,
}

/// <summary>A deprivation cutoff on an achievement, written <c>&lt; 13</c>, <c>&lt;= 5</c>, <c>== 0</c>, <c>!= 1</c> or
/// <c>in [wood, dung, 3]</c>. Numeric comparisons need a numeric value; <c>in</c> compares text (numbers as written
/// in invariant form, so <c>in [1, 2]</c> matches 1 and 2).</summary>
public sealed record DeprivationRule(CutoffOperator Operator, double Cutoff, IReadOnlyList<string> Set, string Text)
{
    /// <summary>True when the rule is a lower bound (<c>&lt;</c> or <c>&lt;=</c>) with a positive cutoff, so that the
    /// normalised gap (z − y)/z of M1 and M2 is defined.</summary>
    public bool IsCardinal => Operator is CutoffOperator.Less or CutoffOperator.LessOrEqual && Cutoff > 0;

    public bool IsDeprived(double value) => Operator switch
    {
        CutoffOperator.Less => value < Cutoff,
        CutoffOperator.LessOrEqual => value <= Cutoff,
        CutoffOperator.Greater => value > Cutoff,
        CutoffOperator.GreaterOrEqual => value >= Cutoff,
        CutoffOperator.Equal => value == Cutoff,
        CutoffOperator.NotEqual => value != Cutoff,
        _ => Set.Contains(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    public bool IsDeprived(string value) => Operator == CutoffOperator.In
        ? Set.Contains(value.Trim())
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && IsDeprived(v);

    /// <summary>Parses a rule; returns null and sets <paramref name="error"/> when the text is not a rule.</summary>
    public static DeprivationRule? TryParse(string text, out string error)
    {
        error = "";
        var t = text.Trim();
        if (t.StartsWith("in", StringComparison.OrdinalIgnoreCase) && t.Length > 2 && (char.IsWhiteSpace(t[2]) || t[2] == '['))
            return ParseSet(t, t[2..].Trim(), out error);
        (string op, CutoffOperator kind)[] ops =
        [
            ("<=", CutoffOperator.LessOrEqual), (">=", CutoffOperator.GreaterOrEqual), ("==", CutoffOperator.Equal),
            ("!=", CutoffOperator.NotEqual), ("<", CutoffOperator.Less), (">", CutoffOperator.Greater),
        ];
        foreach (var (op, kind) in ops)
        {
            if (!t.StartsWith(op, StringComparison.Ordinal)) continue;
            var rest = t[op.Length..].Trim();
            if (double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var cutoff) && double.IsFinite(cutoff))
                return new DeprivationRule(kind, cutoff, [], t);
            error = $"cutoff '{rest}' after '{op}' is not a number";
            return null;
        }
        error = $"'{text}' is not a cutoff rule; expected '< z', '<= z', '> z', '>= z', '== z', '!= z' or 'in [a, b]'";
        return null;
    }

    private static DeprivationRule? ParseSet(string whole, string list, out string error)
    {
        error = "";
        if (!list.StartsWith('[') || !list.EndsWith(']'))
        {
            error = $"'{whole}': a set is written 'in [a, b, c]'";
            return null;
        }
        var items = list[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalise).ToList();
        if (items.Count == 0)
        {
            error = $"'{whole}': the set is empty";
            return null;
        }
        return new DeprivationRule(CutoffOperator.In, double.NaN, items, whole);
    }

    private static string Normalise(string item)
    {
        var s = item.Trim().Trim('"', '\'');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v.ToString("R", CultureInfo.InvariantCulture)
            : s;
    }
}
