using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>Maps the values of a text column to small codes in SQL without putting any value into the SQL text: the
/// store reads the column's distinct values, Core's own rules decide each value's code here (so trimming and number
/// parsing are exactly .NET's), and the SQL tests <c>halfMD5(value)</c> against the hashes of each code's values.
/// Because every value of the column is known, a hash shared by two values of different codes is detected, and the
/// caller then declines instead of guessing.</summary>
internal sealed class TextCodes
{
    private readonly Dictionary<byte, List<ulong>> _hashes = [];

    private TextCodes() { }

    /// <summary>Codes for every distinct value (null is read as the empty text, as both are missing); null when two
    /// values of different codes share a hash.</summary>
    public static TextCodes? Create(IEnumerable<string?> distinct, Func<string?, byte> code)
    {
        var result = new TextCodes();
        var seen = new Dictionary<ulong, byte>();
        foreach (var value in distinct)
        {
            var c = code(value);
            var hash = HalfMd5(value ?? "");
            if (seen.TryGetValue(hash, out var other))
            {
                if (other != c) return null;
                continue;
            }
            seen[hash] = c;
            if (!result._hashes.TryGetValue(c, out var list)) result._hashes[c] = list = [];
            list.Add(hash);
        }
        return result;
    }

    /// <summary>ClickHouse's <c>halfMD5</c> of one string: the first 8 bytes of its MD5, read big-endian.</summary>
    public static ulong HalfMd5(string text)
    {
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>True when some value has code <paramref name="c"/>.</summary>
    public bool Has(byte c) => _hashes.ContainsKey(c);

    /// <summary>An SQL condition: the column's value has code <paramref name="c"/>.</summary>
    public string Is(string column, byte c) => _hashes.TryGetValue(c, out var list)
        ? $"(halfMD5(ifNull({column}, '')) IN ({string.Join(", ", list.Select(h => h.ToString(CultureInfo.InvariantCulture)))}))"
        : "0";

    /// <summary>The code of the column's value as SQL: 255 (missing), 1 or 0, in that order of precedence.</summary>
    public string Code(string column) => $"multiIf({Is(column, 255)}, 255, {Is(column, 1)}, 1, 0)";
}
