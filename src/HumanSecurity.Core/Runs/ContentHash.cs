using System.Security.Cryptography;
using System.Text;

namespace HumanSecurity.Runs;

/// <summary>The one definition of a model's or spec's hash, used by file mode, store mode and <c>hso verify</c> alike:
/// SHA-256 (lower-case hex) of the UTF-8 text with a leading byte-order mark removed and every line ending (<c>\r\n</c>,
/// <c>\r</c>) written as <c>\n</c>. So a model file and the same built-in model get the same hash whatever editor saved
/// them. Data files are identified by the SHA-256 of their bytes (<see cref="OfBytes"/>), as imports record them.</summary>
public static class ContentHash
{
    /// <summary>Hash of a model or spec text (see the type's summary for the normalisation).</summary>
    public static string OfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OfBytes(Encoding.UTF8.GetBytes(Normalise(text)));
    }

    /// <summary>SHA-256 of bytes as lower-case hex.</summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The text that is hashed: no leading BOM, <c>\n</c> line endings.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return t.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
