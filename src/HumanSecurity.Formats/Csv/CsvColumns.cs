namespace HumanSecurity.Formats.Csv;

/// <summary>Maps a header onto the columns a layout expects; reports missing required, unknown and repeated columns
/// (header names are matched case-insensitively, trimmed).</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private CsvColumns() { }

    /// <summary>Columns of the header that are not in the layout, in order (wide form: the indicator columns).</summary>
    public List<(int Index, string Name)> Others { get; } = [];

    /// <summary>Index of <paramref name="name"/>, or -1 when the file does not have it.</summary>
    public int this[string name] => _index.TryGetValue(name, out var i) ? i : -1;

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>Maps the header; with <c>allowOthers</c> unknown columns are kept in <see cref="Others"/> instead of reported.</summary>
    public static CsvColumns Map(CsvFile file, IReadOnlyList<string> required, IReadOnlyList<string> optional, bool allowOthers, ProblemList problems)
    {
        var map = new CsvColumns();
        var known = new HashSet<string>(required.Concat(optional), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < file.Header.Count; i++)
        {
            var name = file.Header[i];
            var at = Problem.At(file.FileName, 1, name.Length == 0 ? $"column {i + 1}" : name);
            if (name.Length == 0) problems.Error(at, $"column {i + 1} has no name; expected a header name");
            else if (!seen.Add(name)) problems.Error(at, $"column '{name}' appears more than once in the header");
            else if (known.Contains(name)) map._index[name] = i;
            else if (allowOthers) map.Others.Add((i, name));
            else problems.Error(at, $"unknown column '{name}'; expected {Describe(required, optional)}");
        }
        foreach (var r in required.Where(r => !map.Has(r)))
            problems.Error(Problem.At(file.FileName, 1), $"missing required column '{r}'; expected {Describe(required, optional)}");
        return map;
    }

    public static string Describe(IReadOnlyList<string> required, IReadOnlyList<string> optional) =>
        optional.Count == 0 ? string.Join(',', required) : $"{string.Join(',', required)}[,{string.Join(',', optional)}]";
}
