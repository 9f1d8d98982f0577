using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace HumanSecurity.Formats.Hxl;

/// <summary>A parsed HXL tagspec (<c>#tag+attr+attr</c>, HXL 1.1 Appendix B): tag and attributes lower-cased, attribute
/// order as written kept for display, sorted for the canonical form (spec §2.2.1).</summary>
public sealed class HxlTagSpec
{
    private readonly HashSet<string> _attributeSet;

    private HxlTagSpec(string tag, IReadOnlyList<string> attributes)
    {
        Tag = tag;
        Attributes = attributes;
        _attributeSet = new HashSet<string>(attributes, StringComparer.Ordinal);
        Canonical = tag + string.Concat(_attributeSet.Order(StringComparer.Ordinal).Select(a => "+" + a));
        Display = tag + string.Concat(attributes.Select(a => "+" + a));
    }

    /// <summary>Tag with its <c>#</c>, lower case, e.g. <c>#inneed</c>.</summary>
    public string Tag { get; }

    /// <summary>Attributes without <c>+</c>, lower case, in the order written (duplicates removed).</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>Lower case, no white space, attributes in US-ASCII order: <c>#affected+children+f</c>.</summary>
    public string Canonical { get; }

    /// <summary>Tag and attributes in the order written: <c>#foo+b+a</c>.</summary>
    public string Display { get; }

    /// <summary>Tag name without <c>#</c>.</summary>
    public string Name => Tag[1..];

    /// <summary>Whether the tag is an extension hashtag (<c>#x_...</c>).</summary>
    public bool IsExtension => Tag.StartsWith("#x_", StringComparison.Ordinal);

    public bool Has(string attribute) => _attributeSet.Contains(attribute.TrimStart('+').ToLowerInvariant());

    /// <summary>Parses a cell; false for an empty cell or anything outside the grammar
    /// <c>"#" TOKEN ( WS? "+" TOKEN )*</c> with surrounding white space allowed.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out HxlTagSpec? spec)
    {
        spec = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.AsSpan().Trim();
        if (s.Length < 2 || s[0] != '#') return false;
        var i = 1;
        if (!ReadToken(s, ref i, out var tag)) return false;
        var attributes = new List<string>();
        while (i < s.Length)
        {
            while (i < s.Length && IsSpace(s[i])) i++;
            if (i == s.Length) break;
            if (s[i] != '+') return false;
            i++;
            if (!ReadToken(s, ref i, out var attribute)) return false;
            if (!attributes.Contains(attribute)) attributes.Add(attribute);
        }
        spec = new HxlTagSpec("#" + tag, attributes);
        return true;
    }

    /// <summary>Parses a tagspec or throws <see cref="FormatException"/>.</summary>
    public static HxlTagSpec Parse(string text) =>
        TryParse(text, out var spec) ? spec : throw new FormatException($"'{text}' is not an HXL tagspec; expected #tag+attribute...");

    /// <summary>Builds a tagspec from parts (each must be a TOKEN).</summary>
    public static HxlTagSpec From(string tag, params IEnumerable<string> attributes)
    {
        var sb = new StringBuilder("#").Append(tag.TrimStart('#'));
        foreach (var a in attributes) sb.Append('+').Append(a.TrimStart('+'));
        return Parse(sb.ToString());
    }

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Reads <c>[A-Za-z][A-Za-z0-9_]*</c> at <paramref name="i"/>, lower-cased.</summary>
    internal static bool ReadToken(ReadOnlySpan<char> s, ref int i, out string token)
    {
        token = "";
        if (i >= s.Length || !char.IsAsciiLetter(s[i])) return false;
        var start = i;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_')) i++;
        token = s[start..i].ToString().ToLowerInvariant();
        return true;
    }

    public override string ToString() => Display;
}
