namespace HumanSecurity.Formats.Csv;

/// <summary>A fixed set of known codes (indicators or areas) with allocation-free lookup from a span, giving each code
/// its canonical string and a dense id. Read-only after construction, so safe for parallel readers.</summary>
internal sealed class CodeIndex
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CodeIndex(IEnumerable<string> codes)
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var c in codes)
        {
            if (_ids.TryAdd(c, list.Count)) list.Add(c);
        }
        Codes = list;
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Codes { get; }

    public int Count => Codes.Count;

    /// <summary>Id of the code, or -1 when unknown.</summary>
    public int IdOf(ReadOnlySpan<char> code) => _lookup.TryGetValue(code, out var id) ? id : -1;

    public bool Contains(string code) => _ids.ContainsKey(code);
}
