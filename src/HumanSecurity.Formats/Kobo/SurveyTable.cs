using HumanSecurity.Formats.Text;
using HumanSecurity.Tables;

namespace HumanSecurity.Formats.Kobo;

/// <summary>One table of a survey export: the main submissions or a repeat group, with the link to its parent
/// (<c>_parent_index</c> → parent <c>_index</c> in Kobo, <c>PARENT_KEY</c> → parent <c>KEY</c> in ODK Central).</summary>
public sealed class SurveyTable(string name, string location, IReadOnlyList<SurveyColumn> columns, IReadOnlyList<TextRow> rows)
{
    public string Name { get; } = name;

    /// <summary>File (and sheet) for problem locations.</summary>
    public string Location { get; } = location;

    public IReadOnlyList<SurveyColumn> Columns { get; } = columns;

    public IReadOnlyList<TextRow> Rows { get; } = rows;

    /// <summary>Parent table name for a repeat group; null for the main table.</summary>
    public string? Parent { get; set; }

    public SurveyColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>Values of a column, one per row (empty when the row is short).</summary>
    public IEnumerable<string> Values(string column) => Column(column) is { } c ? Rows.Select(r => r.Cell(c.Index)) : [];

    /// <summary>The table as columns: numeric where every non-empty value is a number, text otherwise. A mapping
    /// (target → source column) renames and selects columns, e.g. to the poverty spec's names.</summary>
    public ColumnTable ToColumnTable(IReadOnlyDictionary<string, string>? mapping = null)
    {
        var selected = mapping is null
            ? Columns.Select(c => (Target: c.Name, Source: c)).ToList()
            : mapping.Select(kv => (Target: kv.Key, Source: Column(kv.Value) ?? throw new InvalidInputException(Location, $"mapping target '{kv.Key}' names column '{kv.Value}', which the table does not have"))).ToList();
        var columns = new List<Column>();
        foreach (var (target, source) in selected.DistinctBy(s => s.Target, StringComparer.OrdinalIgnoreCase))
        {
            var texts = Rows.Select(r => r.Cell(source.Index)).ToArray();
            var numbers = new double[texts.Length];
            var numeric = texts.Any(t => t.Length > 0);
            for (var i = 0; i < texts.Length && numeric; i++)
            {
                if (texts[i].Length == 0) numbers[i] = double.NaN;
                else if (ValueParsing.TryNumber(texts[i], out var v)) numbers[i] = v;
                else numeric = false;
            }
            columns.Add(numeric ? new NumericColumn(target, numbers) : new TextColumn(target, [.. texts.Select(t => t.Length == 0 ? null : t)]));
        }
        return new ColumnTable(Name, columns);
    }
}

/// <summary>A survey export: its flavour (<c>kobo</c> or <c>odk-central</c>), main table first, then repeat tables.</summary>
public sealed class SurveyExport(string flavour)
{
    public string Flavour { get; } = flavour;

    public List<SurveyTable> Tables { get; } = [];

    public ProblemList Problems { get; } = new();

    public SurveyTable Main => Tables[0];
}
