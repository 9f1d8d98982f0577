using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HumanSecurity.ClickHouse;

/// <summary>Ids of dictionary entries (indicator and area codes, labels, disaggregations): the first 63 bits of the
/// SHA-256 of the text. Every writer derives the same id from the same text, so imports running at the same time in
/// different processes need no coordination; commit checks that no id stands for two texts (a collision among a million
/// codes has a probability near 1e-7; it fails the import rather than mixing two codes). 0 is reserved: the total
/// disaggregation, and "no label".</summary>
internal static class DictionaryId
{
    private const string Total = Observations.Disaggregation.TotalCode;

    public static ulong Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(text);
        SHA256.HashData(bytes, hash);
        var id = BinaryPrimitives.ReadUInt64LittleEndian(hash) & 0x7FFF_FFFF_FFFF_FFFFUL;
        return id == 0 ? 1 : id;
    }

    /// <summary>Id of a disaggregation (0 for the total in every dimension).</summary>
    public static ulong Of(string sex, string age, string group, string disability, string urbanisation) =>
        sex == Total && age == Total && group == Total && disability == Total && urbanisation == Total
            ? 0
            : Of(string.Join('\u001f', sex, age, group, disability, urbanisation));
}
