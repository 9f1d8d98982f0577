using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Xlsx;

/// <summary>Reads every sheet of an .xlsx workbook as text rows (DocumentFormat.OpenXml); a broken workbook becomes an
/// <see cref="InvalidInputException"/>.</summary>
public static class XlsxWorkbook
{
    public static IReadOnlyList<XlsxSheet> Read(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var stream = TextDecoding.OpenStream(path);
            using var doc = SpreadsheetDocument.Open(stream, false);
            var wb = doc.WorkbookPart ?? throw new InvalidInputException(file, "workbook has no workbook part");
            var strings = wb.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var sheets = new List<XlsxSheet>();
            foreach (var s in wb.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (s.Id?.Value is not { } id || wb.GetPartById(id) is not WorksheetPart part) continue;
                sheets.Add(new XlsxSheet(s.Name?.Value ?? "", ReadRows(part, strings)));
            }
            return sheets;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new InvalidInputException(file, $"not a readable .xlsx workbook: {e.Message}");
        }
    }

    private static List<TextRow> ReadRows(WorksheetPart part, string[] strings)
    {
        var rows = new List<TextRow>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null) return rows;
        var next = 1;
        foreach (var r in data.Elements<Row>())
        {
            var number = r.RowIndex?.Value is { } ri ? (int)ri : next;
            next = number + 1;
            var cells = new List<string>();
            foreach (var c in r.Elements<Cell>())
            {
                var col = c.CellReference?.Value is { } cr ? ColumnIndex(cr) : cells.Count;
                while (cells.Count < col) cells.Add("");
                cells.Add(Value(c, strings));
            }
            rows.Add(new TextRow(number, [.. cells]));
        }
        return rows;
    }

    private static string Value(Cell c, string[] strings)
    {
        var raw = c.CellValue?.Text ?? "";
        if (c.DataType?.Value is not { } type) return raw;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Length ? strings[i] : throw new InvalidDataException($"cell {c.CellReference} refers to missing shared string {raw}");
        if (type == CellValues.InlineString) return c.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        return raw;
    }

    /// <summary>0-based column index of a cell reference such as <c>AB12</c>.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (index > 16_384) throw new InvalidDataException($"cell reference '{reference}' is beyond column XFD");
        }
        return Math.Max(0, index - 1);
    }

    /// <summary>Converts an Excel date serial (1900 system) to a date, e.g. 42170 → 2015-06-15.</summary>
    public static bool TryFromSerial(string text, out DateOnly date)
    {
        date = default;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var serial)
            || serial < 1 || serial > 2_958_465) return false;
        date = DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(serial)));
        return true;
    }
}
