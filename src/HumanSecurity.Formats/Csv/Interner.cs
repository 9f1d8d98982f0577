using System.Collections.Concurrent;

namespace HumanSecurity.Formats.Csv;

/// <summary>Thread-safe string interning from spans, so millions of rows share one string per distinct code
/// (disaggregation codes, status, source) and parsing allocates only for new codes.</summary>
internal sealed class Interner
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Interner() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var s)) return s;
        var created = text.ToString();
        return _strings.GetOrAdd(created, created);
    }
}
