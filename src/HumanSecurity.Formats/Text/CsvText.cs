using System.Globalization;

namespace HumanSecurity.Formats.Text;

/// <summary>Writes RFC 4180 CSV cells (quoted only when needed) and round-trip numbers.</summary>
public static class CsvText
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> cells, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) writer.Write(separator);
            first = false;
            writer.Write(Escape(cell ?? "", separator));
        }
        writer.Write('\n');
    }

    public static string Escape(string cell, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.AsSpan().IndexOfAny(separator, '"', '\n') < 0 && !cell.Contains('\r', StringComparison.Ordinal)) return cell;
        return "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Shortest text that parses back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
