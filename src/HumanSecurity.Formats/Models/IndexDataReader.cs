using System.Globalization;
using HumanSecurity.Formats.Text;
using HumanSecurity.Indices;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Models;

/// <summary>Reads a wide index data CSV: one row per unit (and period), a unit column (<c>unit</c>, <c>uCode</c>, <c>ISO3</c>, ...),
/// optional time column, numeric indicator columns (empty, <c>NA</c>, <c>x</c>, <c>..</c> = missing) and text columns (groups).
/// Reads INFORM's published CSV exports as they are: UTF-8 or Latin-1 (detected), blank lines ignored, and rows below the
/// table that have no unit code and no number (rows of empty cells, footnotes such as "(*) Reliability Index: ...") skipped
/// with a warning naming the line.</summary>
public static class IndexDataReader
{
    private static readonly string[] UnitColumns = ["unit", "uCode", "ISO3", "area", "code"];
    private static readonly string[] TimeColumns = ["Time", "period", "year"];
    private static readonly HashSet<string> MissingTokens = new(["", "NA", "N/A", "x", "..", "NaN", "-"], StringComparer.OrdinalIgnoreCase);

    public static IndexData ReadFile(string path, string? unitColumn = null, string? timeColumn = null)
    {
        if (!File.Exists(path)) throw new InvalidInputException(path, "data file not found");
        string text;
        try { text = TextDecoding.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(path, $"cannot read the data file: {e.Message}");
        }
        return Read(text, Path.GetFileName(path), unitColumn, timeColumn);
    }

    public static IndexData Read(string text, string file, string? unitColumn = null, string? timeColumn = null)
    {
        var (header, rows, lines) = Parse(text, file);
        var unit = FindColumn(header, unitColumn, UnitColumns, file, required: true, "unit")!.Value;
        var warnings = DropTrailer(rows, lines, unit, file);
        DropBlankRows(rows, lines);
        var time = FindColumn(header, timeColumn, TimeColumns, file, required: timeColumn is not null, "time");
        var (numeric, textCols, bad) = Columns(header, rows, lines, unit);
        double[]? timeValues = null;
        if (time is { } t)
        {
            if (bad.TryGetValue(header[t], out var b))
                throw new InvalidInputException(Problem.At(file, b.Item1, header[t]), $"period '{b.Item2}' is not a number; expected a year such as 2024");
            timeValues = numeric[header[t]];
        }
        var units = rows.Select(r => unit < r.Length ? r[unit].Trim() : "").ToArray();
        return new IndexData(units, numeric, textCols, timeValues, file) { Lines = lines, BadCells = bad, Warnings = warnings };
    }

    /// <summary>Every column but the unit's as text, and as numbers where every cell parses (else its first bad cell).</summary>
    private static (Dictionary<string, double[]> Numeric, Dictionary<string, string[]> Text, Dictionary<string, (int, string)> Bad) Columns(
        string[] header, List<string[]> rows, List<int> lines, int unit)
    {
        var numeric = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var textCols = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var bad = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c].Length == 0 || c == unit) continue;
            var cells = rows.Select(r => c < r.Length ? r[c].Trim() : "").ToArray();
            textCols[header[c]] = cells;
            var values = new double[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                if (MissingTokens.Contains(cells[i])) values[i] = double.NaN;
                else if (!double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                {
                    bad.TryAdd(header[c], (lines[i], cells[i]));
                    break;
                }
            }
            if (!bad.ContainsKey(header[c])) numeric[header[c]] = values;
        }
        return (numeric, textCols, bad);
    }

    /// <summary>Rows of empty cells inside the table (e.g. <c>,,,</c>) are ignored, as blank lines are.</summary>
    private static void DropBlankRows(List<string[]> rows, List<int> lines)
    {
        var keep = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].All(string.IsNullOrWhiteSpace)) continue;
            rows[keep] = rows[r];
            lines[keep++] = lines[r];
        }
        rows.RemoveRange(keep, rows.Count - keep);
        lines.RemoveRange(keep, lines.Count - keep);
    }

    /// <summary>Removes the rows after the last row with a unit code that hold no number (INFORM prints empty rows and a
    /// footnote under its table) and returns a warning per removed row. A row without a unit code inside the table, or one
    /// below it that holds numbers, stays (and is reported as an error when the data are used).</summary>
    private static List<Problem> DropTrailer(List<string[]> rows, List<int> lines, int unit, string file)
    {
        var warnings = new List<Problem>();
        var last = rows.FindLastIndex(r => unit < r.Length && r[unit].Trim().Length > 0);
        var first = last + 1;
        while (first < rows.Count && !rows[first].Any(IsNumber)) first++;
        if (first != rows.Count) return warnings; // a numeric row without a unit code: not a footnote, leave it to the checks
        for (var r = last + 1; r < rows.Count; r++)
        {
            var note = string.Join(" ", rows[r].Select(c => c.Trim()).Where(c => c.Length > 0));
            if (note.Length > 60) note = note[..57] + "...";
            warnings.Add(Problem.Warning(Problem.At(file, lines[r]),
                note.Length == 0 ? "skipped a row of empty cells below the table" : $"skipped a row below the table without a unit code: '{note}'"));
        }
        rows.RemoveRange(last + 1, rows.Count - last - 1);
        lines.RemoveRange(last + 1, lines.Count - last - 1);
        return warnings;
    }

    private static bool IsNumber(string cell) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static (string[] Header, List<string[]> Rows, List<int> Lines) Parse(string text, string file)
    {
        var rows = new List<string[]>();
        var lines = new List<int>();
        string[] header;
        var first = text.AsSpan()[..Math.Max(0, text.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? nl : text.Length)].ToString();
        var dup = first.Split(',').Select(h => h.Trim().Trim('"')).Where(h => h.Length > 0).GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InvalidInputException(Problem.At(file, 1, dup.Key), $"column '{dup.Key}' appears twice in the header");
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromText(text);
            header = [.. reader.Header.ColNames.Select(n => n.Trim())];
            foreach (var row in reader)
            {
                var cells = new string[row.ColCount];
                for (var c = 0; c < row.ColCount; c++) cells[c] = row[c].ToString();
                if (cells.Length <= 1 && cells.All(string.IsNullOrWhiteSpace)) continue; // an empty line (a row of commas is kept for the trailer check)
                rows.Add(cells);
                lines.Add(row.LineNumberFrom);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new InvalidInputException(file, $"not a readable CSV file: {e.Message}");
        }
        return (header, rows, lines);
    }

    private static int? FindColumn(string[] header, string? name, string[] candidates, string file, bool required, string what)
    {
        var wanted = name is null ? candidates : [name];
        foreach (var w in wanted)
            for (var c = 0; c < header.Length; c++)
                if (string.Equals(header[c], w, StringComparison.OrdinalIgnoreCase)) return c;
        if (required) throw new InvalidInputException(Problem.At(file, 1), $"no {what} column: expected one of {string.Join(", ", wanted)}");
        return null;
    }
}
