using System.Collections.Concurrent;

namespace HumanSecurity.Formats.Csv;

/// <summary>Thread-safe numbering of the distinct texts of a file (codes, statuses, sources): parallel row parsers keep
/// an <c>int</c> per cell instead of a string reference, so the parsed rows they hand over are plain values that are
/// copied without GC write barriers (measured: copying rows that held eight string references cost more than parsing
/// them). Id 0 is reserved for "none" (null).</summary>
internal sealed class CodeIds
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Lock _adding = new();
    private string?[] _texts = new string?[64];
    private int _count = 1;

    public CodeIds() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id of a text, numbering it when it is new.</summary>
    public int Id(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var id)) return id;
        lock (_adding)
        {
            if (_lookup.TryGetValue(text, out id)) return id;
            id = _count++;
            if (id == _texts.Length)
            {
                var bigger = new string?[_texts.Length * 2];
                _texts.CopyTo(bigger, 0);
                Volatile.Write(ref _texts, bigger);
            }
            var s = text.ToString();
            _texts[id] = s;
            _ids[s] = id; // published last: a reader that finds the id also finds the text
            return id;
        }
    }

    /// <summary>The text of an id (null for 0); one string instance per distinct text.</summary>
    public string? this[int id] => Volatile.Read(ref _texts)[id];
}
