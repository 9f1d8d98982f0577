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
        TaggedWidth = columns.Where(c => c.Spec is not null).Select(c => c.Index + 1).DefaultIfEmpty(0).Max();
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

    /// <summary>Cells a data row must have: up to the last tagged column (cells after it are untagged and ignored).</summary>
    public int TaggedWidth { get; }

    /// <summary>The problem with a data row's length, or null when it fits: shorter than <see cref="TaggedWidth"/> (a cut
    /// row, whose values would land in the wrong columns), or longer than the hashtag row with text in the extra cells (a
    /// stray separator).</summary>
    /// <param name="cells">Cells of the row.</param>
    /// <param name="lastText">0-based index of the row's last cell with text (-1: none).</param>
    public string? RowLengthProblem(int cells, int lastText)
    {
        if (cells < TaggedWidth)
            return $"row has {cells} cell(s); expected {TaggedWidth} like the hashtag row on line {TagRowLine} (a cut or shifted row)";
        if (lastText >= Columns.Count)
            return $"row has text in cell {lastText + 1}, beyond the {Columns.Count} cell(s) of the hashtag row on line {TagRowLine}; expected no more (a stray separator?)";
        return null;
    }

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
