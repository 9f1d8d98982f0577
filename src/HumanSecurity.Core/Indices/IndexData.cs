namespace HumanSecurity.Indices;

/// <summary>Input of an index run in columnar form: one row per unit (or per unit and period in a panel),
/// numeric columns as <c>double[]</c> with NaN = missing, text columns (groups) as <c>string[]</c>.</summary>
public sealed class IndexData
{
    public IndexData(IReadOnlyList<string> units, IReadOnlyDictionary<string, double[]> numeric,
        IReadOnlyDictionary<string, string[]>? text = null, double[]? time = null, string source = "data")
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(numeric);
        Units = units;
        Numeric = numeric;
        Text = text ?? new Dictionary<string, string[]>();
        Time = time;
        Source = source;
        foreach (var (name, col) in numeric)
            if (col.Length != units.Count) throw new ArgumentException($"column '{name}' has {col.Length} rows; expected {units.Count}", nameof(numeric));
        if (time is not null && time.Length != units.Count) throw new ArgumentException("time column length differs from units", nameof(time));
    }

    /// <summary>Unit code per row.</summary>
    public IReadOnlyList<string> Units { get; }

    public IReadOnlyDictionary<string, double[]> Numeric { get; }

    public IReadOnlyDictionary<string, string[]> Text { get; }

    /// <summary>Period per row for panel data (e.g. the year); null = cross-section.</summary>
    public double[]? Time { get; }

    /// <summary>Name used in error locations, e.g. the file name.</summary>
    public string Source { get; }

    /// <summary>Physical line of each row in the source file (1-based) when known; used in error locations.</summary>
    public IReadOnlyList<int>? Lines { get; init; }

    /// <summary>Columns with non-numeric cells: column → (line, value) of the first such cell.</summary>
    public IReadOnlyDictionary<string, (int Line, string Value)> BadCells { get; init; } = new Dictionary<string, (int, string)>();

    /// <summary>What the reader skipped or assumed (e.g. footnote rows below a published table), to show the user.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    public int RowCount => Units.Count;

    /// <summary>Location text of a row for error messages.</summary>
    public string RowLocation(int row, string? column = null) =>
        Problem.At(Source, Lines is null ? row + 2 : Lines[row], column);
}
