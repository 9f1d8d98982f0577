using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Inspection;

/// <summary>The one format detector of <c>hso inspect</c> and <c>hso import</c>: guesses a file's format (one of
/// <see cref="DataFormats.All"/>) from its extension and first 64 KiB. hso's own CSV layouts are tried first (their
/// headers are fixed), then the exchange standards; a delimited file that fits none is plain <c>csv</c>.</summary>
public static class FormatDetector
{
    public static string Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".xlsx" or ".xlsm") return Xlsx.XlsxFormats.Detect(path);
        return Detect(FileHead.Read(path));
    }

    /// <summary>The format of a file whose head has been read (any file but a workbook).</summary>
    public static string Detect(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (head.Extension is ".yaml" or ".yml") return DataFormats.IndicatorsYaml;
        var trimmed = head.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('<')) return DataFormats.Iati;
        if (trimmed.StartsWith('{') || trimmed.StartsWith('[')) return DetectJson(head.Text);
        return DetectLayout(head) ?? DetectDelimited(head);
    }

    private static string DetectJson(string text)
    {
        bool Has(string s) => text.Contains(s, StringComparison.Ordinal);
        if (Has("\"FeatureCollection\"") || Has("\"Feature\"")) return DataFormats.GeoJson;
        if (Has("\"dataSets\"") || Has("\"structures\"")) return DataFormats.SdmxJson;
        if (Has("\"_submission_time\"") || Has("\"submissions\"") || Has("\"_uuid\"")) return DataFormats.Kobo;
        return DataFormats.Hxl;
    }

    /// <summary>hso's own comma-separated layouts, in order of specificity (see each importer's <c>Recognises</c>).</summary>
    private static string? DetectLayout(FileHead head)
    {
        if (head.Extension is not (".csv" or ".txt")) return null;
        if (Catalogue.IndicatorFields.Required.All(head.HeaderColumns.Contains)) return DataFormats.Indicators;
        if (Poverty.SurveyImporter.Recognises(head)) return DataFormats.Survey;
        if (Csv.AreasCsvImporter.Recognises(head)) return DataFormats.Areas;
        if (Programmes.ProgrammesCsvImporter.Recognises(head)) return DataFormats.Programmes;
        if (Csv.ObservationsCsvImporter.Recognises(head)) return DataFormats.Observations;
        if (Csv.ObservationsWideCsvImporter.Recognises(head)) return DataFormats.ObservationsWide;
        return null;
    }

    private static string DetectDelimited(FileHead head)
    {
        var first = DelimitedText.FirstLine(head.Text).TrimStart('\uFEFF');
        var upper = first.ToUpperInvariant();
        if (upper.StartsWith("DATAFLOW", StringComparison.Ordinal) || upper.StartsWith("STRUCTURE", StringComparison.Ordinal)) return DataFormats.SdmxCsv;
        var sep = head.Extension == ".tsv" ? '\t' : DelimitedText.DetectSeparator(first);
        var rows = SafeRows(head, sep);
        var header = rows.Count > 0 ? rows[0].Cells.Select(c => c.Trim()).ToList() : [];
        bool Has(string name) => header.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has("REF_AREA") && (Has("OBS_VALUE") || Has("TIME_PERIOD"))) return DataFormats.SdmxCsv;
        if (Has("PARENT_KEY") || (Has("KEY") && (Has("SubmissionDate") || Has("meta-instanceID")))) return DataFormats.OdkCentral;
        if (Has("_uuid") || Has("_submission_time") || Has("_parent_index")) return DataFormats.Kobo;
        if (header.Any(h => CodAb.CodAbSchema.IsPcodeField(h))) return DataFormats.CodAbGazetteer;
        return rows.Take(HxlReader.MaxHeaderRows).Any(r => HxlReader.IsTagRow(r.Cells)) ? DataFormats.Hxl : DataFormats.Csv;
    }

    private static List<TextRow> SafeRows(FileHead head, char sep)
    {
        var text = head.Text;
        var end = text.LastIndexOf('\n');
        // A head cut at 64 KiB may end inside a quoted cell: parse whole lines only.
        var cut = head.Complete || end < 0 ? text : text[..end];
        try { return DelimitedText.ReadAll(cut, sep, "").Take(HxlReader.MaxHeaderRows + 1).ToList(); }
        catch (InvalidInputException) { return []; }
    }
}
