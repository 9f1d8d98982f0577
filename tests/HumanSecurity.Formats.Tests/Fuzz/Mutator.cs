using System.Text;

namespace HumanSecurity.Formats.Tests.Fuzz;

/// <summary>Seeded damage to a file's bytes: the usual edits (byte flips, deletions, duplications, truncation, inserted
/// separators and quotes) and the kinds of issue 10 — binary blocks, NUL bytes, invalid UTF-8, open quotes, ragged rows
/// (a separator added or removed on one line), huge fields, deep nesting ([[[…, {{{…, &lt;a&gt;&lt;a&gt;…), YAML alias
/// bombs, BOMs and CRLF. The same seed gives the same mutants.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[] Specials = ",;\t\"\n\r#+-:[]{}<>/ 0.e\u00e9&*!|"u8.ToArray();
    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC3], [0xE9], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]];
    private static readonly string[] Nesting = ["[", "{", "- ", "<a>", "a:\n "];
    private const string AliasBomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\na1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n"
        + "a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\na3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]\n"
        + "a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]\na5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]\n"
        + "a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]\n";

    private readonly Random _random = new(seed);

    /// <summary>Kinds of damage, for reports.</summary>
    public const int Kinds = 18;

    /// <summary>Applies one to five edits to <paramref name="data"/>.</summary>
    public byte[] Mutate(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var bytes = new List<byte>(data);
        var edits = _random.Next(1, 6);
        for (var e = 0; e < edits; e++) Edit(bytes, _random.Next(Kinds));
        return [.. bytes];
    }

    private void Edit(List<byte> bytes, int kind)
    {
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        var rest = bytes.Count - at;
        switch (kind)
        {
            case 0: if (rest > 0) bytes[at] = (byte)_random.Next(256); break;
            case 1: bytes.RemoveRange(at, Math.Min(_random.Next(1, 40), rest)); break;
            case 2: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(_random.Next(1, 40), rest))); break;
            case 3: bytes.Insert(at, Specials[_random.Next(Specials.Length)]); break;
            case 4: bytes.RemoveRange(at, rest); break;
            case 5: if (rest > 0) bytes[at] = Specials[_random.Next(Specials.Length)]; break;
            case 6: bytes.InsertRange(at, Enumerable.Range(0, _random.Next(1, 64)).Select(_ => (byte)_random.Next(256))); break;
            case 7: bytes.Insert(at, 0); break;
            case 8: bytes.InsertRange(at, BadUtf8[_random.Next(BadUtf8.Length)]); break;
            case 9: bytes.Insert(at, (byte)'"'); break;
            case 10: Ragged(bytes); break;
            case 11: bytes.InsertRange(at, Enumerable.Repeat((byte)'A', _random.Next(10_000, 300_000))); break;
            case 12: bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Nesting[_random.Next(Nesting.Length)], _random.Next(100, 5_000))))); break;
            case 13: bytes.InsertRange(0, Encoding.UTF8.GetBytes(AliasBomb)); break;
            case 14: bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]); break;
            case 15: Replace(bytes, "\n"u8.ToArray(), "\r\n"u8.ToArray()); break;
            case 16: DuplicateLine(bytes); break;
            default: bytes.RemoveRange(at, Math.Min(_random.Next(1, 4), rest)); break;
        }
    }

    // A separator added to or removed from one line, so that row has another cell count.
    private void Ragged(List<byte> bytes)
    {
        var lines = LineStarts(bytes);
        var start = lines[_random.Next(lines.Count)];
        var end = bytes.IndexOf((byte)'\n', start);
        if (end < 0) end = bytes.Count;
        var comma = bytes.FindIndex(start, end - start, b => b is (byte)',' or (byte)';' or (byte)'\t');
        if (comma >= 0 && _random.Next(2) == 0) bytes.RemoveAt(comma);
        else bytes.Insert(start + (end > start ? _random.Next(end - start) : 0), (byte)',');
    }

    private void DuplicateLine(List<byte> bytes)
    {
        var lines = LineStarts(bytes);
        var start = lines[_random.Next(lines.Count)];
        var end = bytes.IndexOf((byte)'\n', start);
        if (end < 0) return;
        bytes.InsertRange(end + 1, bytes.GetRange(start, end - start + 1));
    }

    private static List<int> LineStarts(List<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Count - 1; i++) if (bytes[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    private static void Replace(List<byte> bytes, byte[] from, byte[] to)
    {
        var text = bytes.ToArray().AsSpan();
        var result = new List<byte>(bytes.Count + 64);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i..].StartsWith(from)) { result.AddRange(to); i += from.Length - 1; }
            else result.Add(text[i]);
        }
        bytes.Clear();
        bytes.AddRange(result);
    }
}
