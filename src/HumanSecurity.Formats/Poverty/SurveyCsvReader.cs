using System.Globalization;
using HumanSecurity.Tables;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Reads a survey CSV (households or person roster) into a <see cref="ColumnTable"/>: a column is numeric
/// when every non-missing value parses as a number; empty, <c>NA</c> and <c>.</c> are missing.</summary>
public static class SurveyCsvReader
{
    /// <exception cref="InvalidInputException">The file is missing, empty, or has a malformed row.</exception>
    public static ColumnTable ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException(path, "file not found");
        var name = Path.GetFileName(path);
        var numeric = NumericColumns(path, name);
        var names = numeric.Names;
        var doubles = names.Select((_, c) => numeric.IsNumeric[c] ? new List<double>() : null).ToArray();
        var texts = names.Select((_, c) => numeric.IsNumeric[c] ? null : new List<string?>()).ToArray();
        using var reader = Open(path);
        foreach (var row in reader)
            for (var c = 0; c < names.Length; c++)
            {
                var span = row[c].Span.Trim();
                var missing = IsMissing(span);
                if (doubles[c] is { } d) d.Add(missing ? double.NaN : double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture));
                else texts[c]!.Add(missing ? null : span.ToString());
            }
        var columns = names.Select((n, c) => doubles[c] is { } d ? (Column)new NumericColumn(n, [.. d]) : new TextColumn(n, [.. texts[c]!])).ToList();
        return new ColumnTable(name, columns);
    }

    private static (string[] Names, bool[] IsNumeric) NumericColumns(string path, string name)
    {
        using var reader = Open(path, name);
        var names = reader.Header.ColNames.ToArray();
        if (names.Length == 0) throw new InvalidInputException($"{name}:1", "the file has no header row");
        var unnamed = Array.FindIndex(names, n => n.Trim().Length == 0);
        if (unnamed >= 0) throw new InvalidInputException(Problem.At(name, 1), $"column {unnamed + 1} has no name; expected a name for every column");
        var dup = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InvalidInputException($"{name}:1", $"column '{dup.Key}' appears twice in the header");
        var numeric = Enumerable.Repeat(true, names.Length).ToArray();
        foreach (var row in reader)
        {
            if (row.ColCount != names.Length)
                throw new InvalidInputException($"{name}:{row.LineNumberFrom}", $"row has {row.ColCount} field(s); the header has {names.Length}");
            for (var c = 0; c < names.Length; c++)
            {
                if (!numeric[c]) continue;
                var span = row[c].Span.Trim();
                if (!IsMissing(span) && !double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) numeric[c] = false;
            }
        }
        return (names, numeric);
    }

    private static SepReader Open(string path, string? name = null)
    {
        try
        {
            // Through TextDecoding: NUL bytes and invalid UTF-8 are located errors, as in every other reader.
            return Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(Text.TextDecoding.Open(path));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new InvalidInputException($"{name ?? path}:1", $"cannot read CSV: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw Csv.CsvFile.RepeatedColumn(name ?? Path.GetFileName(path), e);
        }
    }

    private static bool IsMissing(ReadOnlySpan<char> s) => s.Length == 0 || s is "NA" || s is ".";
}
