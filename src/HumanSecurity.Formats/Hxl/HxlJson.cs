using System.Text.Json;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Hxl;

/// <summary>HXL JSON: an array of arrays (header rows, tag row, data rows) or an array of objects keyed by tagspec.</summary>
internal static class HxlJson
{
    public static HxlTable Read(string json, string file, bool strict)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(Problem.At(file, (int)(e.LineNumber ?? 0) + 1), $"not valid JSON: {e.Message}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new InvalidInputException(file, "HXL JSON must be an array of arrays or an array of objects");
            var items = doc.RootElement.EnumerateArray().ToList();
            return items.Count > 0 && items[0].ValueKind == JsonValueKind.Object ? FromObjects(items, file) : FromArrays(items, file, strict);
        }
    }

    private static HxlTable FromArrays(List<JsonElement> items, string file, bool strict)
    {
        var rows = new List<TextRow>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind != JsonValueKind.Array)
                throw new InvalidInputException($"{file}[{i}]", "expected an array of cell values");
            rows.Add(new TextRow(i + 1, [.. items[i].EnumerateArray().Select(Text)]));
        }
        return HxlReader.FromRows(rows, file, strict);
    }

    private static HxlTable FromObjects(List<JsonElement> items, string file)
    {
        var keys = new List<string>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object) throw new InvalidInputException(file, "expected every item to be an object keyed by tagspec");
            foreach (var p in item.EnumerateObject()) if (!keys.Contains(p.Name)) keys.Add(p.Name);
        }
        var rows = new List<TextRow>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var cells = new string[keys.Count];
            for (var k = 0; k < keys.Count; k++) cells[k] = items[i].TryGetProperty(keys[k], out var v) ? Text(v) : "";
            rows.Add(new TextRow(i + 1, cells));
        }
        return new HxlTable(file, 0, HxlReader.Columns(keys, null), rows, null);
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => e.GetRawText(),
    };
}
