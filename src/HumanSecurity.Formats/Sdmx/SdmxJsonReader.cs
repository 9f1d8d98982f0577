using System.Globalization;
using System.Text.Json;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>Reads SDMX-JSON 2.x data messages (and 1.0 ones): every data set of the message, each against the structure it
/// names; resolves the index-based keys of dataset, series and observation level against each dimension's <c>values</c>
/// (a key may also carry the dimensions of the levels above it), measures (default <c>OBS_VALUE</c>) and attribute values
/// (coded → index, an index to a null entry = no value, uncoded → literal) into flat <see cref="SdmxObservation"/>s.</summary>
public static class SdmxJsonReader
{
    public static SdmxDataset Read(string path) => ReadText(TextDecoding.ReadAllText(path), Path.GetFileName(path));

    public static SdmxDataset ReadText(string json, string file)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 }); }
        catch (JsonException e) { throw new InvalidInputException(Problem.At(file, (int)(e.LineNumber ?? 0) + 1), $"not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidInputException(file, "expected an SDMX-JSON message object with 'data'");
            var (structures, dataSets, version) = Parts(root, file);
            if (structures.Count == 0) throw new InvalidInputException($"{file} data", "no 'structures'; expected the structure with dimensions and attributes");
            var ds = new SdmxDataset(file, version);
            for (var i = 0; i < dataSets.Count; i++)
            {
                var index = Prop(dataSets[i], "structure") is { ValueKind: JsonValueKind.Number } si && si.TryGetInt32(out var n) ? n : 0;
                if (index < 0 || index >= structures.Count)
                {
                    ds.Problems.Error($"{file} dataSets[{i}].structure", $"structure index {index} is out of range; {structures.Count} structure(s) given");
                    continue;
                }
                var structure = new SdmxJsonStructure(structures[index], $"{file} structures[{index}]", ds.Problems);
                if (ds.Components.Count == 0) ds.Structure = structure.Dataflow;
                foreach (var c in structure.Components())
                    if (!ds.Components.Exists(k => k.Id == c.Id)) ds.Components.Add(c); // data sets of several structures: the union
                new SdmxJsonDataSet(structure, dataSets[i], $"{file} dataSets[{i}]", ds).Read();
            }
            return ds;
        }
    }

    /// <summary>The structures and data sets of a 2.x message (<c>data.structures</c>, <c>data.dataSets</c>) or of a 1.0
    /// message (one <c>structure</c> and <c>dataSets</c> at the top, as the older samples of the specification still are).</summary>
    private static (List<JsonElement> Structures, List<JsonElement> DataSets, string Version) Parts(JsonElement root, string file)
    {
        if (Prop(root, "data") is { } data)
        {
            var structures = Prop(data, "structures") is { ValueKind: JsonValueKind.Array } s ? s.EnumerateArray().ToList() : [];
            var dataSets = Prop(data, "dataSets") is { ValueKind: JsonValueKind.Array } d ? d.EnumerateArray().ToList() : [];
            return (structures, dataSets, "json-2.0");
        }
        if (Prop(root, "structure") is { ValueKind: JsonValueKind.Object } structure && Prop(root, "dataSets") is { ValueKind: JsonValueKind.Array } sets)
            return ([structure], sets.EnumerateArray().ToList(), "json-1.0");
        if (Prop(root, "errors") is { ValueKind: JsonValueKind.Array } errors)
            throw new InvalidInputException(file, $"the message carries errors, not data: {errors.GetRawText()}");
        throw new InvalidInputException(file, "no 'data' object; expected an SDMX-JSON 2.0 data message (or 1.0: 'structure' and 'dataSets')");
    }

    internal static JsonElement? Prop(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    internal static string? JsonText(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => e.GetRawText(),
    };

    internal static int? Index(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) ? i
        : e.ValueKind == JsonValueKind.String && int.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var j) ? j : null;
}
