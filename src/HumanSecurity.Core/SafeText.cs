using System.Globalization;
using System.Text;

namespace HumanSecurity;

/// <summary>The one place that makes text from input safe to echo in a message, on a terminal or in a log: control
/// characters (terminal escape sequences, line breaks that could forge an "error:" line, bidirectional overrides) are
/// shown escaped (<c>\u001B</c>, <c>\n</c>), and long text is cut with an ellipsis that gives the full length (a 10 MB
/// code yields a short line, not 10 MB of stderr). <see cref="Problem"/> applies it to every location and message.</summary>
public static class SafeText
{
    /// <summary>Longest value echoed whole by <c>Echo</c>.</summary>
    public const int ValueLength = 120;

    /// <summary>Longest message kept whole by <see cref="Bound"/>.</summary>
    public const int MessageLength = 2000;

    /// <summary>A value from input as it should appear inside a message: escaped, and cut at <paramref name="max"/>
    /// characters (<c>abc… (10,485,760 chars)</c>).</summary>
    public static string Echo(string? value, int max = ValueLength)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.Length <= max && !NeedsEscape(value) ? value : Echo(value.AsSpan(), max);
    }

    /// <summary>A value from input (a cell still in the parser's buffer) as it should appear inside a message.</summary>
    public static string Echo(ReadOnlySpan<char> value, int max = ValueLength)
    {
        var escaped = Escape(value[..Math.Min(value.Length, max)]);
        if (value.Length <= max && escaped.Length <= max) return escaped;
        return string.Create(CultureInfo.InvariantCulture, $"{Cut(escaped, max, fromEnd: false)}… ({value.Length:N0} chars)");
    }

    /// <summary>A whole message or location: escaped, and when longer than <paramref name="max"/> characters (escaped)
    /// cut in the middle, keeping its start and its end (where "expected …" usually is).</summary>
    public static string Bound(string? text, int max = MessageLength)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (text.Length <= max && !NeedsEscape(text)) return text;
        if (text.Length <= max && Escape(text) is { } escaped && escaped.Length <= max) return escaped;
        var tail = max / 5;
        var head = max - tail;
        var start = Cut(Escape(text.AsSpan(0, Math.Min(text.Length, head))), head, fromEnd: false);
        var end = Cut(Escape(text.AsSpan(text.Length - Math.Min(text.Length, tail))), tail, fromEnd: true);
        return string.Create(CultureInfo.InvariantCulture, $"{start}…[cut: {text.Length:N0} chars in all]…{end}");
    }

    // Escaping can lengthen text up to six times: the escaped text is cut again to its budget.
    private static string Cut(string escaped, int max, bool fromEnd) =>
        escaped.Length <= max ? escaped : fromEnd ? escaped[^max..] : escaped[..max];

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsUnsafe(c)) return true;
        return false;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' || char.IsSurrogate(c);

    private static string Escape(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsUnsafe(c)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }
        return sb.ToString();
    }
}
