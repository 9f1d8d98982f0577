namespace HumanSecurity.Tables;

/// <summary>A named table of equal-length columns (survey households, person rosters, index inputs).</summary>
public sealed class ColumnTable
{
    private readonly Dictionary<string, Column> _byName;

    public ColumnTable(string name, IReadOnlyList<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        Columns = columns;
        RowCount = columns.Count == 0 ? 0 : columns[0].Length;
        _byName = new Dictionary<string, Column>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in columns)
        {
            if (c.Length != RowCount)
                throw new ArgumentException($"Column '{c.Name}' has {c.Length} rows; expected {RowCount} like '{columns[0].Name}'.", nameof(columns));
            if (!_byName.TryAdd(c.Name, c))
                throw new ArgumentException($"Column '{c.Name}' appears twice.", nameof(columns));
        }
    }

    public string Name { get; }

    public IReadOnlyList<Column> Columns { get; }

    public int RowCount { get; }

    public bool Has(string column) => _byName.ContainsKey(column);

    public Column this[string column] =>
        _byName.TryGetValue(column, out var c) ? c : throw new KeyNotFoundException($"Table '{Name}' has no column '{column}'.");

    public bool TryGet(string column, out Column c) => _byName.TryGetValue(column, out c!);
}
