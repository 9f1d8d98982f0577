using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Hxl;

/// <summary>Opens HXL-tagged CSV/TSV (any encoding <see cref="TextDecoding"/> detects) and HXL JSON. Finds the hashtag
/// row as libhxl-python does: within the first 25 rows, the first row where at least half the non-empty cells are valid
/// tagspecs; strict mode (libhxl-js) requires every non-empty cell to be one.</summary>
public static class HxlReader
{
    public const int MaxHeaderRows = 25;

    /// <summary>Opens a file; throws <see cref="InvalidInputException"/> when no hashtag row is found.</summary>
    public static HxlTable Open(string path, bool strict = false)
    {
        var file = Path.GetFileName(path);
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return HxlJson.Read(TextDecoding.ReadAllText(path), file, strict);
        var first = TextDecoding.FirstLine(path);
        var reader = TextDecoding.Open(path);
        try
        {
            var separator = SeparatorOf(path, first);
            return FromRows(DelimitedText.ReadRows(reader, separator, file), file, strict, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The cell separator of a delimited HXL file: tab for .tsv, else the most frequent candidate on the first line.</summary>
    internal static char SeparatorOf(string path, string? firstLine = null) =>
        Path.GetExtension(path).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : DelimitedText.DetectSeparator(firstLine ?? TextDecoding.FirstLine(path));

    /// <summary>Reads an HXL table from text held in memory.</summary>
    public static HxlTable FromText(string text, string file, bool strict = false, char? separator = null)
    {
        var reader = new StringReader(text);
        return FromRows(DelimitedText.ReadRows(reader, separator ?? DelimitedText.DetectSeparator(DelimitedText.FirstLine(text)), file), file, strict, reader);
    }

    /// <summary>Finds the tag row among the first rows of <paramref name="rows"/> and returns the table.</summary>
    public static HxlTable FromRows(IEnumerable<TextRow> rows, string file, bool strict = false, IDisposable? owner = null)
    {
        var e = rows.GetEnumerator();
        TextRow? previous = null;
        for (var n = 0; n < MaxHeaderRows && e.MoveNext(); n++)
        {
            var row = e.Current;
            if (IsTagRow(row.Cells, strict))
                return new HxlTable(file, row.Line, Columns(row.Cells, previous?.Cells), Rest(e), owner, n + 1);
            previous = row;
        }
        e.Dispose();
        throw new InvalidInputException(file, $"no HXL hashtag row found in the first {MaxHeaderRows} rows; expected a row of tags such as #adm1+code, #date, #affected+f");
    }

    /// <summary>Whether a row is the hashtag row (see the class remarks).</summary>
    public static bool IsTagRow(IReadOnlyList<string> cells, bool strict = false)
    {
        int nonEmpty = 0, tags = 0;
        foreach (var cell in cells)
        {
            if (string.IsNullOrWhiteSpace(cell)) continue;
            nonEmpty++;
            if (HxlTagSpec.TryParse(cell, out _)) tags++;
            else if (strict) return false;
        }
        return tags > 0 && tags * 2 >= nonEmpty;
    }

    internal static List<HxlColumn> Columns(IReadOnlyList<string> tagCells, IReadOnlyList<string>? headerCells)
    {
        var columns = new List<HxlColumn>(tagCells.Count);
        for (var i = 0; i < tagCells.Count; i++)
        {
            HxlTagSpec.TryParse(tagCells[i], out var spec);
            var header = headerCells is not null && i < headerCells.Count ? headerCells[i] : null;
            columns.Add(new HxlColumn(i, header, spec, tagCells[i]));
        }
        return columns;
    }

    private static IEnumerable<TextRow> Rest(IEnumerator<TextRow> e)
    {
        using (e)
        {
            while (e.MoveNext()) yield return e.Current;
        }
    }
}
