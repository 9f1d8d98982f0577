using System.Globalization;
using System.Text.Json;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Kobo;

/// <summary>Kobo API submissions (an array, or an object with <c>submissions</c>): flat keys with group paths, repeats as
/// arrays of objects. Each repeat becomes a table named by its last path segment, rows numbered <c>_index</c> and linked
/// by <c>_parent_index</c> / <c>_parent_table_name</c> as in Kobo's XLSX export. Row numbers are item positions.</summary>
internal static class KoboJson
{
    private sealed class Builder(string name)
    {
        public string Name { get; } = name;
        public List<string> Keys { get; } = [];
        public List<Dictionary<string, string>> Rows { get; } = [];
    }

    public static SurveyExport Read(string path)
    {
        var file = Path.GetFileName(path);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(TextDecoding.ReadAllText(path), new JsonDocumentOptions { MaxDepth = 64 }); }
        catch (JsonException e) { throw new InvalidInputException(Problem.At(file, (int)(e.LineNumber ?? 0) + 1), $"not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            var subs = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("submissions", out var s) && s.ValueKind == JsonValueKind.Array ? s
                : throw new InvalidInputException(file, "expected an array of submissions or an object with 'submissions'");
            var tables = new List<Builder> { new(Path.GetFileNameWithoutExtension(path)) };
            var i = 0;
            foreach (var sub in subs.EnumerateArray())
            {
                if (sub.ValueKind != JsonValueKind.Object) throw new InvalidInputException($"{file} submissions[{i}]", "expected a submission object");
                Add(tables, tables[0], sub, null, null);
                i++;
            }
            var export = new SurveyExport("kobo");
            foreach (var b in tables)
            {
                var rows = new List<TextRow> { new(0, [.. b.Keys]) };
                rows.AddRange(b.Rows.Select((r, n) => new TextRow(n + 1, [.. b.Keys.Select(k => r.GetValueOrDefault(k, ""))])));
                var t = SurveyExportReader.Table(b.Name, $"{file} {b.Name}", rows, odk: false, export.Problems);
                export.Tables.Add(t);
            }
            SurveyLinks.Check(export);
            return export;
        }
    }

    private static void Add(List<Builder> tables, Builder table, JsonElement item, Builder? parent, string? parentIndex)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = (table.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        table.Rows.Add(row);
        Set(table, row, "_index", index);
        if (parent is not null)
        {
            Set(table, row, "_parent_table_name", parent.Name);
            Set(table, row, "_parent_index", parentIndex!);
        }
        foreach (var p in item.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object))
            {
                var name = p.Name[(p.Name.LastIndexOf('/') + 1)..];
                var child = tables.FirstOrDefault(t => t.Name == name) ?? new Builder(name);
                if (!tables.Contains(child)) tables.Add(child);
                foreach (var e in p.Value.EnumerateArray()) Add(tables, child, e, table, index);
            }
            else Set(table, row, p.Name, Value(p.Value));
        }
    }

    private static void Set(Builder table, Dictionary<string, string> row, string key, string value)
    {
        if (!table.Keys.Contains(key)) table.Keys.Add(key);
        row[key] = value;
    }

    private static string Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Object when e.TryGetProperty("uid", out var uid) => uid.ToString(),
        _ => e.GetRawText(),
    };
}
