using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Hxl;

/// <summary>An HXL-tagged table being read: its columns and a single-pass stream of data rows (below the tag row).
/// Dispose to close the file.</summary>
public sealed class HxlTable : IDisposable
{
    private readonly IDisposable? _owner;
    private IEnumerable<TextRow>? _rows;

    internal HxlTable(string file, int tagRowLine, IReadOnlyList<HxlColumn> columns, IEnumerable<TextRow> rows, IDisposable? owner, int headerRecords = 0)
    {
        File = file;
        TagRowLine = tagRowLine;
        HeaderRecords = headerRecords;
        Columns = columns;
        _rows = rows;
        _owner = owner;
    }

    /// <summary>File name used in problem locations.</summary>
    public string File { get; }

    /// <summary>1-based line number of the hashtag row (0 for HXL JSON objects, where keys are tags).</summary>
    public int TagRowLine { get; }

    public IReadOnlyList<HxlColumn> Columns { get; }

    /// <summary>Records of a delimited file up to and including the hashtag row (the data starts at this 0-based record).</summary>
    internal int HeaderRecords { get; }

    /// <summary>Columns whose tagspec matches <paramref name="pattern"/>, in order.</summary>
    public IEnumerable<HxlColumn> Select(HxlTagPattern pattern) => Columns.Where(c => pattern.Matches(c.Spec));

    /// <summary>The data rows; may be enumerated once.</summary>
    public IEnumerable<TextRow> Rows()
    {
        var rows = _rows ?? throw new InvalidOperationException("The rows of an HXL table can be read once.");
        _rows = null;
        return rows;
    }

    public void Dispose() => _owner?.Dispose();
}
