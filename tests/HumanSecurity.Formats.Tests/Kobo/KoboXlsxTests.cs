using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HumanSecurity.Formats.Kobo;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Kobo;

public class KoboXlsxTests
{
    /// <summary>Writes a Kobo-style workbook: main sheet and a repeat sheet linked by <c>_parent_index</c>.</summary>
    private static void WriteWorkbook(string path, string[][] main, string[][] repeat)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook(new Sheets());
        uint id = 1;
        foreach (var (name, rows) in new[] { ("Household survey", main), ("members", repeat) })
        {
            var part = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var r in rows) data.Append(new Row(r.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(v)) })));
            part.Worksheet = new Worksheet(data);
            wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = name });
        }
    }

    [Fact]
    public void Xlsx_RepeatSheet_LinkedAndBrokenLinkLocated()
    {
        using var dir = new TempDirectory();
        var path = dir.File("kobo.xlsx");
        WriteWorkbook(path,
            [["hh_size", "_uuid", "_index"], ["3", "u1", "1"], ["2", "u2", "2"]],
            [["member_age", "_index", "_parent_table_name", "_parent_index"], ["30", "1", "Household survey", "1"], ["4", "2", "Household survey", "1"], ["50", "3", "Household survey", "7"]]);
        var export = SurveyExportReader.Read(path);
        Assert.Equal(["Household survey", "members"], export.Tables.Select(t => t.Name));
        Assert.Equal("Household survey", export.Tables[1].Parent);
        var error = Assert.Single(export.Problems.Items, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("kobo.xlsx!members:4:_parent_index", error.Location);
        Assert.Equal("kobo", Formats.Inspection.FormatDetector.Detect(path));
    }
}
