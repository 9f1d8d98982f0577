using System.Text;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Inspection;

/// <summary>Guesses a file's format from its extension and first bytes (see <see cref="DataFormats"/>).</summary>
public static class FormatDetector
{
    private const int SniffChars = 64 * 1024;

    public static string Detect(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".xlsx" or ".xlsm") return Xlsx.XlsxFormats.Detect(path);
        var head = Head(path);
        var trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('<')) return DataFormats.Iati;
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            if (head.Contains("\"FeatureCollection\"", StringComparison.Ordinal) || head.Contains("\"Feature\"", StringComparison.Ordinal)) return DataFormats.GeoJson;
            if (head.Contains("\"dataSets\"", StringComparison.Ordinal) || head.Contains("\"structures\"", StringComparison.Ordinal)) return DataFormats.SdmxJson;
            if (head.Contains("\"_submission_time\"", StringComparison.Ordinal) || head.Contains("\"submissions\"", StringComparison.Ordinal)) return DataFormats.Kobo;
            return DataFormats.Hxl;
        }
        return DetectDelimited(head, ext);
    }

    private static string DetectDelimited(string head, string ext)
    {
        var first = DelimitedText.FirstLine(head).TrimStart('\uFEFF');
        var upper = first.ToUpperInvariant();
        if (upper.StartsWith("DATAFLOW", StringComparison.Ordinal) || upper.StartsWith("STRUCTURE", StringComparison.Ordinal)) return DataFormats.SdmxCsv;
        var sep = ext == ".tsv" ? '\t' : DelimitedText.DetectSeparator(first);
        var rows = SafeRows(head, sep);
        var header = rows.Count > 0 ? rows[0].Cells.Select(c => c.Trim()).ToList() : [];
        bool Has(string name) => header.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has("REF_AREA") && (Has("OBS_VALUE") || Has("TIME_PERIOD"))) return DataFormats.SdmxCsv;
        if (Has("PARENT_KEY") || (Has("KEY") && (Has("SubmissionDate") || Has("meta-instanceID")))) return DataFormats.OdkCentral;
        if (Has("_uuid") || Has("_submission_time") || Has("_parent_index")) return DataFormats.Kobo;
        if (header.Any(h => CodAb.CodAbSchema.IsPcodeField(h))) return DataFormats.CodAbGazetteer;
        return rows.Take(HxlReader.MaxHeaderRows).Any(r => HxlReader.IsTagRow(r.Cells)) ? DataFormats.Hxl : DataFormats.Csv;
    }

    private static List<TextRow> SafeRows(string head, char sep)
    {
        var cut = head.Length < SniffChars ? head : head[..head.LastIndexOf('\n')];
        try { return DelimitedText.ReadAll(cut, sep, "").Take(HxlReader.MaxHeaderRows + 1).ToList(); }
        catch (InvalidInputException) { return []; }
    }

    private static string Head(string path)
    {
        using var stream = TextDecoding.OpenStream(path);
        var buffer = new byte[SniffChars];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var encoding = TextDecoding.Detect(buffer.AsSpan(0, n));
        var text = encoding.GetString(buffer, 0, n);
        return encoding == Encoding.UTF8 && text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
