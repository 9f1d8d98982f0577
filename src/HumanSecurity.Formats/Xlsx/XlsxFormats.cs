using HumanSecurity.Formats.Inspection;

namespace HumanSecurity.Formats.Xlsx;

/// <summary>Tells a COD-AB gazetteer and a Kobo XLSX export apart from any other workbook.</summary>
public static class XlsxFormats
{
    public static string Detect(string path)
    {
        IReadOnlyList<XlsxSheet> sheets;
        try { sheets = XlsxWorkbook.Read(path); }
        catch (InvalidInputException) { return DataFormats.Xlsx; }
        var headers = sheets.Where(s => s.Rows.Count > 0).SelectMany(s => s.Rows[0].Cells).ToList();
        if (headers.Any(CodAb.CodAbSchema.IsPcodeField)) return DataFormats.CodAbGazetteer;
        if (headers.Any(h => h is "_uuid" or "_submission_time" or "_parent_index" or "_index")) return DataFormats.Kobo;
        return DataFormats.Xlsx;
    }
}
