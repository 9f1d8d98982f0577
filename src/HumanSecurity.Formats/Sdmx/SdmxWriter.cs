using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HumanSecurity.Formats.Text;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>Writes observations as SDMX-CSV 2.0 or SDMX-JSON 2.0 with dimensions <c>INDICATOR, REF_AREA, TIME_PERIOD,
/// SEX, AGE, POP_GROUP, DISABILITY_STATUS, URBANISATION</c>, measure <c>OBS_VALUE</c>, attributes <c>OBS_STATUS</c> and
/// <c>SOURCE_DETAIL</c>. The readers and <see cref="SdmxObservationMapper"/> read both back without loss.</summary>
public static class SdmxWriter
{
    public const string DefaultDataflow = "HSO:DF_OBSERVATIONS(1.0.0)";

    public static readonly string[] Dimensions = ["INDICATOR", "REF_AREA", "TIME_PERIOD", "SEX", "AGE", "POP_GROUP", "DISABILITY_STATUS", "URBANISATION"];

    private static string[] Key(Observation o) =>
        [o.Indicator, o.Area, o.Period.ToString(), o.Disaggregation.Sex, o.Disaggregation.Age, o.Disaggregation.Group, o.Disaggregation.Disability, o.Disaggregation.Urbanisation];

    public static void WriteCsv(TextWriter writer, IEnumerable<Observation> observations, string dataflow = DefaultDataflow)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(observations);
        CsvText.WriteRow(writer, ["STRUCTURE", "STRUCTURE_ID", "ACTION", .. Dimensions, "OBS_VALUE", "OBS_STATUS", "SOURCE_DETAIL"]);
        foreach (var o in observations)
            CsvText.WriteRow(writer, ["dataflow", dataflow, "I", .. Key(o), CsvText.Number(o.Value), o.Status, o.Source]);
    }

    public static string ToJson(IReadOnlyList<Observation> observations, string dataflow = DefaultDataflow)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var values = Dimensions.Select((_, i) => observations.Select(o => Key(o)[i]).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var index = values.Select(v => v.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i, StringComparer.Ordinal)).ToList();
        var statuses = observations.Select(o => o.Status).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("meta");
            w.WriteString("schema", "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json");
            w.WriteString("id", "HSO-EXPORT");
            w.WriteBoolean("test", false);
            w.WriteEndObject();
            w.WriteStartObject("data");
            WriteStructure(w, values, statuses, dataflow);
            w.WriteStartArray("dataSets");
            w.WriteStartObject();
            w.WriteNumber("structure", 0);
            w.WriteString("action", "Information");
            w.WriteStartObject("observations");
            foreach (var o in observations)
            {
                var k = Key(o);
                w.WriteStartArray(string.Join(':', k.Select((x, i) => index[i][x])));
                w.WriteRawValue(CsvText.Number(o.Value));
                if (o.Status is null) w.WriteNullValue(); else w.WriteNumberValue(statuses.IndexOf(o.Status));
                if (o.Source is null) w.WriteNullValue(); else w.WriteStringValue(o.Source);
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStructure(Utf8JsonWriter w, List<List<string>> values, List<string> statuses, string dataflow)
    {
        w.WriteStartArray("structures");
        w.WriteStartObject();
        w.WriteStartArray("links");
        w.WriteStartObject();
        w.WriteString("rel", "dataflow");
        w.WriteString("urn", "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + dataflow);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("dimensions");
        w.WriteStartArray("dataSet"); w.WriteEndArray();
        w.WriteStartArray("series"); w.WriteEndArray();
        w.WriteStartArray("observation");
        for (var i = 0; i < Dimensions.Length; i++) Component(w, Dimensions[i], i, values[i]);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("measures");
        w.WriteStartArray("observation");
        w.WriteStartObject(); w.WriteString("id", "OBS_VALUE"); w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("attributes");
        w.WriteStartArray("dataSet"); w.WriteEndArray();
        w.WriteStartArray("series"); w.WriteEndArray();
        w.WriteStartArray("observation");
        Component(w, "OBS_STATUS", null, statuses);
        w.WriteStartObject(); w.WriteString("id", "SOURCE_DETAIL"); w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Component(Utf8JsonWriter w, string id, int? keyPosition, List<string> values)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        if (keyPosition is { } k) w.WriteNumber("keyPosition", k);
        w.WriteStartArray("values");
        foreach (var v in values) { w.WriteStartObject(); w.WriteString("id", v); w.WriteEndObject(); }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
