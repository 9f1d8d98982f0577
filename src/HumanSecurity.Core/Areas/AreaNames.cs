using System.Globalization;
using System.Text;

namespace HumanSecurity.Areas;

/// <summary>The normalised form of an area name used to match names written differently: Unicode canonical
/// decomposition (FormD) with combining marks removed (<c>Mbaïki</c> = <c>Mbaiki</c>), case folded, apostrophes
/// dropped (<c>Ombella M'Poko</c> = <c>Ombella MPoko</c>), and every run of other punctuation and white space folded to
/// one space (<c>Haut-Mbomou</c> = <c>haut mbomou</c>). Ligatures and a few letters FormD does not decompose are
/// spelled out (<c>œ</c> → <c>oe</c>, <c>ß</c> → <c>ss</c>, <c>ø</c> → <c>o</c>).</summary>
/// <remarks>The decomposition comes from an embedded table (<c>unicode-base-letters.txt</c>, made from the Unicode
/// Character Database by <c>scripts/unicode-base-letters.py</c>): the executables run with invariant globalization,
/// where <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text as it is.</remarks>
public static class AreaNames
{
    private static readonly Lazy<Dictionary<char, string>> BaseLetters = new(LoadBaseLetters);

    /// <summary>The normalised form of <paramref name="name"/> (empty when it has no letter or digit).</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var table = BaseLetters.Value;
        var decomposed = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (table.TryGetValue(ch, out var letters)) decomposed.Append(letters);
            else decomposed.Append(ch);
        }
        var result = new StringBuilder(decomposed.Length);
        var gap = false;
        foreach (var ch in decomposed.ToString())
        {
            if (IsMark(ch) || IsApostrophe(ch)) continue;
            if (!char.IsLetterOrDigit(ch))
            {
                gap = true;
                continue;
            }
            if (gap && result.Length > 0) result.Append(' ');
            gap = false;
            AppendFolded(result, ch);
        }
        return result.ToString();
    }

    private static Dictionary<char, string> LoadBaseLetters()
    {
        using var stream = typeof(AreaNames).Assembly.GetManifestResourceStream("unicode-base-letters.txt")
            ?? throw new InvalidOperationException("embedded resource unicode-base-letters.txt is missing");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            table[(char)int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                new string([.. parts.Skip(1).Select(p => (char)int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture))]);
        }
        return table;
    }

    private static bool IsMark(char ch) =>
        CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    private static void AppendFolded(StringBuilder result, char ch)
    {
        switch (ch)
        {
            case 'ß': result.Append("ss"); return;
            case 'æ' or 'Æ': result.Append("ae"); return;
            case 'œ' or 'Œ': result.Append("oe"); return;
            case 'ø' or 'Ø': result.Append('o'); return;
            case 'đ' or 'Đ': result.Append('d'); return;
            case 'ł' or 'Ł': result.Append('l'); return;
            case 'ı': result.Append('i'); return;
            default:
                // Upper then lower case: a simple case fold (final sigma and sigma, for instance, become one letter).
                result.Append(char.ToLowerInvariant(char.ToUpperInvariant(ch)));
                return;
        }
    }
}
