using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Iati;
using HumanSecurity.Formats.Kobo;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Formats.Text;
using HumanSecurity.Formats.Xlsx;

namespace HumanSecurity.Formats.Inspection;

/// <summary>Detects (or takes) a file's format and reports what it holds without importing it. Never throws for bad
/// input: every problem is located in the report.</summary>
public static class Inspector
{
    public static InspectionReport Inspect(string path, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        string detected;
        try { detected = DataFormats.Normalise(format) ?? FormatDetector.Detect(path); }
        catch (InvalidInputException e)
        {
            var failed = new InspectionReport(file, DataFormats.Normalise(format) ?? DataFormats.Csv);
            failed.Reject(e);
            return failed;
        }
        var report = new InspectionReport(file, detected);
        try
        {
            Run(path, report);
        }
        catch (InvalidInputException e)
        {
            report.Reject(e);
        }
        return report;
    }

    private static void Run(string path, InspectionReport r)
    {
        switch (r.Format)
        {
            case DataFormats.Hxl: HxlInspector.Inspect(path, r); break;
            case DataFormats.SdmxCsv: Sdmx(SdmxCsvReader.Read(path), r); break;
            case DataFormats.SdmxJson: Sdmx(SdmxJsonReader.Read(path), r); break;
            case DataFormats.GeoJson: CodAb(CodAbReader.ReadGeoJson(path), r, "geometry"); break;
            case DataFormats.CodAbGazetteer: CodAb(CodAbReader.ReadGazetteer(path), r, null); break;
            case DataFormats.Kobo or DataFormats.OdkCentral: Survey(SurveyExportReader.Read(path), r); break;
            case DataFormats.Iati: Iati(IatiReader.Read(path), r); break;
            case DataFormats.Xlsx: Xlsx(path, r); break;
            case DataFormats.IndicatorsYaml: Catalogue(path, r); break;
            default: Csv(path, r); break;
        }
    }

    private static void Sdmx(SdmxDataset ds, InspectionReport r)
    {
        r.Problems.AddRange(ds.Problems.Items);
        foreach (var c in ds.Components)
            r.Columns.Add(new InspectionColumn(c.Id, c.Role switch { SdmxRole.Measure => "measure", SdmxRole.Attribute => "attribute", _ => "dimension" }, Type: c.Role == SdmxRole.TimeDimension ? "date" : null));
        var mapping = new ProblemList();
        var observations = SdmxObservationMapper.Map(ds, null, mapping);
        r.AddMappingProblems(mapping);
        r.Records = ds.Observations.Count;
        foreach (var o in observations) { r.Areas.Add(o.Area); r.Periods.Add(o.Period.ToString()); }
    }

    private static void CodAb(CodAbDataset ds, InspectionReport r, string? geometry)
    {
        r.Problems.AddRange(ds.Problems.Items);
        foreach (var f in ds.Fields) r.Columns.Add(new InspectionColumn(f, "property", Type: CodAbSchema.IsPcodeField(f) ? "code" : null));
        if (geometry is not null) r.Columns.Add(new InspectionColumn("geometry", "geometry", Type: "geometry"));
        r.Records = ds.Units.Count;
        foreach (var a in CodAbAreas.ToAreas(ds.Units)) r.Areas.Add(a.Code);
        foreach (var u in ds.Units) if (u.ValidOn is { } d) r.Periods.Add(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Survey(SurveyExport export, InspectionReport r)
    {
        r.Problems.AddRange(export.Problems.Items);
        foreach (var t in export.Tables)
            foreach (var c in t.Columns)
                r.Columns.Add(new InspectionColumn(t == export.Main ? c.Name : $"{t.Name}:{c.Name}", c.KindName, c.HxlTag));
        r.Records = export.Main.Rows.Count;
    }

    private static void Iati(IatiDocument doc, InspectionReport r)
    {
        r.Problems.AddRange(doc.Problems.Items);
        string[] elements = ["iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date",
            "recipient-country", "recipient-region", "location", "sector", "tag", "budget", "transaction"];
        foreach (var e in elements) r.Columns.Add(new InspectionColumn(e, "element"));
        r.Records = doc.Activities.Count;
        foreach (var a in doc.Activities)
        {
            var p = IatiProgrammes.ToProgramme(a);
            foreach (var area in p.Areas) r.Areas.Add(area);
            foreach (var d in a.Dates) r.Periods.Add(d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Xlsx(string path, InspectionReport r)
    {
        var sheets = XlsxWorkbook.Read(path);
        foreach (var s in sheets.Where(s => s.Rows.Count > 0))
            foreach (var h in s.Rows[0].Cells) r.Columns.Add(new InspectionColumn($"{s.Name}:{h}", "field"));
        r.Records = sheets.Sum(s => Math.Max(0, s.Rows.Count - 1));
    }

    private static void Catalogue(string path, InspectionReport r)
    {
        var parsed = Formats.Catalogue.IndicatorsYamlImporter.Parse(r.File, TextDecoding.ReadAllText(path), r.Problems);
        foreach (var f in Formats.Catalogue.IndicatorFields.Required.Concat(Formats.Catalogue.IndicatorFields.Optional)) r.Columns.Add(new InspectionColumn(f, "field"));
        r.Records = parsed.Count;
    }

    /// <summary>Plain CSV and hso's own CSV layouts: header columns and data rows.</summary>
    private static void Csv(string path, InspectionReport r)
    {
        var first = TextDecoding.FirstLine(path);
        using var reader = TextDecoding.Open(path);
        var rows = 0L;
        foreach (var row in DelimitedText.ReadRows(reader, DelimitedText.DetectSeparator(first), r.File))
        {
            if (rows++ == 0) foreach (var h in row.Cells) r.Columns.Add(new InspectionColumn(h, "field"));
        }
        r.Records = Math.Max(0, rows - 1);
        if (rows == 0) r.Problems.Error(r.File, "empty file; expected a header row");
    }
}
