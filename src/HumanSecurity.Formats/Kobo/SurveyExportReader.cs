using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Text;
using HumanSecurity.Formats.Xlsx;

namespace HumanSecurity.Formats.Kobo;

/// <summary>Reads KoboToolbox exports (CSV with <c>;</c>, optional HXL row; XLSX with repeat sheets; API JSON) and ODK Central
/// exports (main CSV plus <c>&lt;form&gt;-&lt;repeat&gt;.csv</c> files beside it), and checks the repeat links.</summary>
public static class SurveyExportReader
{
    public static SurveyExport Read(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".json") return KoboJson.Read(path);
        if (ext is ".xlsx" or ".xlsm") return ReadXlsx(path);
        var export = ReadCsv(path, out var odk);
        if (odk) foreach (var child in RepeatFiles(path)) export.Tables.Add(ReadCsv(child, out _).Main);
        SurveyLinks.Check(export);
        return export;
    }

    private static IEnumerable<string> RepeatFiles(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(path);
        return Directory.EnumerateFiles(dir, stem + "-*.csv").Order(StringComparer.Ordinal);
    }

    private static SurveyExport ReadCsv(string path, out bool odk)
    {
        var file = Path.GetFileName(path);
        var text = TextDecoding.ReadAllText(path);
        var rows = DelimitedText.ReadAll(text, DelimitedText.DetectSeparator(DelimitedText.FirstLine(text)), file);
        if (rows.Count == 0) throw new InvalidInputException(file, "empty file; expected a header row");
        var header = rows[0].Cells;
        odk = header.Contains("KEY") || header.Contains("PARENT_KEY") || header.Contains("SubmissionDate");
        var export = new SurveyExport(odk ? "odk-central" : "kobo");
        export.Tables.Add(Table(Path.GetFileNameWithoutExtension(path), file, rows, odk, export.Problems));
        return export;
    }

    internal static SurveyTable Table(string name, string location, IReadOnlyList<TextRow> rows, bool odk, ProblemList problems)
    {
        var header = rows[0].Cells;
        string[]? tags = null;
        var data = rows.Skip(1).Where(r => !r.IsBlank).ToList();
        if (!odk && data.Count > 0 && HxlReader.IsTagRow(data[0].Cells, strict: true))
        {
            tags = data[0].Cells;
            data.RemoveAt(0);
        }
        var columns = SurveyColumns.Classify(header, odk, [.. data.Take(200).Select(r => (IReadOnlyList<string>)r.Cells)]);
        if (tags is not null) columns = [.. columns.Select(c => c with { HxlTag = c.Index < tags.Length && tags[c.Index].Length > 0 ? tags[c.Index] : null })];
        foreach (var r in data.Where(r => r.Cells.Length > header.Length))
            problems.Error(Problem.At(location, r.Line), $"row has {r.Cells.Length} cells; the header has {header.Length}");
        var table = new SurveyTable(name, location, columns, data);
        CheckGeopoints(table, problems);
        return table;
    }

    private static SurveyExport ReadXlsx(string path)
    {
        var file = Path.GetFileName(path);
        var export = new SurveyExport("kobo");
        foreach (var sheet in XlsxWorkbook.Read(path).Where(s => s.Rows.Count > 0))
            export.Tables.Add(Table(sheet.Name, $"{file}!{sheet.Name}", sheet.Rows, odk: false, export.Problems));
        if (export.Tables.Count == 0) throw new InvalidInputException(file, "workbook has no non-empty sheet");
        SurveyLinks.Check(export);
        return export;
    }

    private static void CheckGeopoints(SurveyTable table, ProblemList problems)
    {
        foreach (var c in table.Columns.Where(c => c.Part is "latitude" or "longitude"))
        {
            var limit = c.Part == "latitude" ? 90 : 180;
            foreach (var r in table.Rows)
            {
                var t = r.Cell(c.Index);
                if (t.Length > 0 && (!ValueParsing.TryNumber(t, out var v) || Math.Abs(v) > limit))
                    problems.Warning(Problem.At(table.Location, r.Line, c.Name), $"{c.Part} '{t}' is not within ±{limit} degrees");
            }
        }
    }
}
