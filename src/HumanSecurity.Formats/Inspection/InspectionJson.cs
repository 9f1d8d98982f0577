using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HumanSecurity.Formats.Inspection;

/// <summary>Writes an <see cref="InspectionReport"/> as the JSON object of <c>hso inspect --json</c>.</summary>
public static class InspectionJson
{
    public static string ToJson(InspectionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", report.File);
            w.WriteString("format", report.Format);
            w.WriteNumber("records", report.Records);
            w.WriteStartArray("columns");
            foreach (var c in report.Columns)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("role", c.Role);
                if (c.Tag is not null) w.WriteString("tag", c.Tag);
                if (c.Type is not null) w.WriteString("type", c.Type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStrings(w, "areas", report.Areas);
            WriteStrings(w, "periods", report.Periods);
            w.WriteStartArray("problems");
            foreach (var p in report.Problems.Items)
            {
                w.WriteStartObject();
                w.WriteString("severity", p.Severity == ProblemSeverity.Error ? "error" : "warning");
                w.WriteString("location", p.Location);
                w.WriteString("message", p.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
