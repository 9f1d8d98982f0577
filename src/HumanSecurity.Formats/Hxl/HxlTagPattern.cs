using System.Diagnostics.CodeAnalysis;

namespace HumanSecurity.Formats.Hxl;

/// <summary>A tag pattern used as a column selector, as in libhxl <c>TagPattern</c>:
/// <c>#affected+f-children</c> (tag, required and forbidden attributes), <c>#*</c> (any tagged column), a trailing
/// <c>!</c> for "exactly these attributes"; the leading <c>#</c> is optional.</summary>
public sealed class HxlTagPattern
{
    private HxlTagPattern(string tag, IReadOnlyList<string> include, IReadOnlyList<string> exclude, bool absolute)
    {
        Tag = tag;
        Include = include;
        Exclude = exclude;
        IsAbsolute = absolute;
    }

    /// <summary><c>#tag</c> or <c>#*</c>.</summary>
    public string Tag { get; }

    public IReadOnlyList<string> Include { get; }

    public IReadOnlyList<string> Exclude { get; }

    public bool IsAbsolute { get; }

    /// <summary>Whether the column's tagspec matches; an untagged column (null) never matches.</summary>
    public bool Matches(HxlTagSpec? spec)
    {
        if (spec is null) return false;
        if (Tag != "#*" && Tag != spec.Tag) return false;
        foreach (var a in Include) if (!spec.Has(a)) return false;
        foreach (var a in Exclude) if (spec.Has(a)) return false;
        return !IsAbsolute || spec.Attributes.Count == Include.Count;
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out HxlTagPattern? pattern) => TryParse(text, out pattern, out _);

    /// <summary>Parses a pattern; <paramref name="error"/> says why when it fails.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out HxlTagPattern? pattern, out string error)
    {
        pattern = null;
        error = "expected a tag pattern such as #affected+f-children, #* or #foo+a!";
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.AsSpan().Trim();
        var i = s[0] == '#' ? 1 : 0;
        string tag;
        if (i < s.Length && s[i] == '*') { tag = "#*"; i++; }
        else if (HxlTagSpec.ReadToken(s, ref i, out var token)) tag = "#" + token;
        else return false;
        var include = new List<string>();
        var exclude = new List<string>();
        var absolute = false;
        while (i < s.Length)
        {
            while (i < s.Length && HxlTagSpec.IsSpace(s[i])) i++;
            if (i == s.Length) break;
            if (s[i] == '!') { absolute = true; i++; continue; }
            if (absolute || s[i] is not ('+' or '-')) return false;
            var sign = s[i++];
            if (!HxlTagSpec.ReadToken(s, ref i, out var attribute)) return false;
            (sign == '+' ? include : exclude).Add(attribute);
        }
        if (absolute && exclude.Count > 0)
        {
            error = "an absolute pattern (ending in !) cannot exclude attributes with -";
            return false;
        }
        pattern = new HxlTagPattern(tag, include, exclude, absolute);
        return true;
    }

    /// <summary>Parses a pattern or throws <see cref="FormatException"/> saying what was expected.</summary>
    public static HxlTagPattern Parse(string text) =>
        TryParse(text, out var p, out var error) ? p : throw new FormatException($"'{text}' is not a tag pattern: {error}");

    /// <summary>Parses a comma-separated list of patterns (<c>#affected+f,#inneed+f</c>).</summary>
    public static IReadOnlyList<HxlTagPattern> ParseList(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];

    public override string ToString() =>
        Tag + string.Concat(Include.Select(a => "+" + a)) + string.Concat(Exclude.Select(a => "-" + a)) + (IsAbsolute ? "!" : "");
}
