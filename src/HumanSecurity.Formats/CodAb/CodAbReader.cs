using System.Text.Json;
using HumanSecurity.Formats.Text;
using HumanSecurity.Formats.Xlsx;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace HumanSecurity.Formats.CodAb;

/// <summary>Reads COD-AB boundaries (GeoJSON FeatureCollection, one admin level per file or mixed) and gazetteers (CSV, or
/// XLSX with one sheet per level). Geometries are parsed with NetTopologySuite; invalid ones are reported.</summary>
public static class CodAbReader
{
    private static readonly JsonSerializerOptions GeoOptions = CreateGeoOptions();

    private static JsonSerializerOptions CreateGeoOptions()
    {
        var o = new JsonSerializerOptions { MaxDepth = 256 };
        o.Converters.Add(new GeoJsonConverterFactory());
        return o;
    }

    /// <summary>Reads a GeoJSON layer; with <paramref name="levels"/>, units of other levels are left out before any check.</summary>
    public static CodAbDataset ReadGeoJson(string path, CodAbLevels? levels = null) => ReadGeoJson(TextDecoding.ReadAllText(path), Path.GetFileName(path), levels);

    public static CodAbDataset ReadGeoJson(string json, string file, CodAbLevels? levels = null)
    {
        var problems = new ProblemList();
        var units = new List<CodAbUnit>();
        var fields = new List<string>();
        using (var doc = ParseJson(json, file))
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw new InvalidInputException(file, "expected a GeoJSON FeatureCollection with a 'features' array");
            var i = 0;
            foreach (var f in features.EnumerateArray())
            {
                var own = new ProblemList();
                var unit = ReadFeature(f, $"{file} features[{i++}]", fields, own);
                if (levels is { } lv && unit is not null && !lv.Contains(unit.Level)) continue;
                problems.AddRange(own.Items);
                if (unit is not null) units.Add(unit);
            }
        }
        if (units.Count == 0 && !problems.HasErrors)
            problems.Error(file, levels is { } only ? $"no features of admin levels {only}; expected at least one administrative unit" : "no features; expected at least one administrative unit");
        CodAbValidator.Validate(units, problems);
        return new CodAbDataset(file, units, problems) { Fields = fields };
    }

    private static JsonDocument ParseJson(string json, string file)
    {
        try { return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 }); }
        catch (JsonException e)
        {
            throw new InvalidInputException(Problem.At(file, (int)(e.LineNumber ?? 0) + 1), $"not valid JSON: {e.Message}");
        }
    }

    private static CodAbUnit? ReadFeature(JsonElement f, string location, List<string> fields, ProblemList problems)
    {
        if (f.ValueKind != JsonValueKind.Object || !f.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
        {
            problems.Error(location, "expected a Feature with a 'properties' object");
            return null;
        }
        var bag = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in props.EnumerateObject())
        {
            if (!fields.Contains(p.Name)) fields.Add(p.Name);
            bag[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => p.Value.GetRawText(),
            };
        }
        var unit = CodAbSchema.ToUnit(bag, location, problems);
        if (unit is null) return null;
        var pcode = unit.Pcode;
        return unit with { Location = $"{location} ({pcode})", GeometryJson = Geometry(f, $"{location} ({pcode})", problems) };
    }

    private static string? Geometry(JsonElement f, string location, ProblemList problems)
    {
        if (!f.TryGetProperty("geometry", out var g) || g.ValueKind == JsonValueKind.Null)
        {
            problems.Warning(location, "feature has no geometry");
            return null;
        }
        Geometry? geometry;
        try { geometry = g.Deserialize<Geometry>(GeoOptions); }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            problems.Error(location + " geometry", $"not a GeoJSON geometry: {e.Message}");
            return null;
        }
        if (geometry is null || geometry.IsEmpty)
        {
            problems.Warning(location, "feature geometry is empty");
            return null;
        }
        if (geometry is not (Polygon or MultiPolygon)) problems.Warning(location, $"geometry is a {geometry.GeometryType}; expected Polygon or MultiPolygon for an administrative unit");
        else if (!IsValid(geometry)) problems.Warning(location, "geometry is not valid (self-intersection or bad ring); it is kept as given");
        return JsonSerializer.Serialize(geometry, GeoOptions);
    }

    private static bool IsValid(Geometry g)
    {
        try { return g.IsValid; }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NetTopologySuite.Geometries.TopologyException) { return false; }
    }

    /// <summary>Reads a gazetteer: CSV (one level, or mixed) or XLSX (sheets whose header has an adm{N}_pcode field); with
    /// <paramref name="levels"/>, sheets and rows of other levels are left out before any check.</summary>
    public static CodAbDataset ReadGazetteer(string path, CodAbLevels? levels = null)
    {
        var file = Path.GetFileName(path);
        var problems = new ProblemList();
        var units = new List<CodAbUnit>();
        var fields = new List<string>();
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var sheet in XlsxWorkbook.Read(path))
                if (sheet.Rows.Count > 0 && sheet.Rows[0].Cells.Any(CodAbSchema.IsPcodeField))
                    ReadRows(sheet.Rows, $"{file}!{sheet.Name}", levels, units, fields, problems);
        }
        else
        {
            var text = TextDecoding.ReadAllText(path);
            ReadRows(DelimitedText.ReadAll(text, DelimitedText.DetectSeparator(DelimitedText.FirstLine(text)), file), file, levels, units, fields, problems);
        }
        if (units.Count == 0 && !problems.HasErrors)
            problems.Error(file, levels is { } only ? $"no gazetteer rows of admin levels {only}; expected a table with adm{{N}}_pcode for one of them"
                : "no gazetteer rows; expected a header with adm{N}_pcode and one row per unit");
        CodAbValidator.Validate(units, problems);
        return new CodAbDataset(file, units, problems) { Fields = fields };
    }

    private static void ReadRows(IReadOnlyList<TextRow> rows, string where, CodAbLevels? levels, List<CodAbUnit> units, List<string> fields, ProblemList problems)
    {
        if (rows.Count == 0) return;
        var header = rows[0].Cells.Select(h => h.Trim()).ToArray();
        var level = CodAbSchema.LevelOf(header);
        // Every unit of a table is of its header's level (rows without it are skipped): a table of another level is not read.
        if (levels is { } lv && level is { } tableLevel && !lv.Contains(tableLevel)) return;
        foreach (var h in header) if (h.Length > 0 && !fields.Contains(h)) fields.Add(h);
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            var bag = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++) if (header[i].Length > 0) bag[header[i]] = row.Cell(i);
            var own = new ProblemList();
            var unit = CodAbSchema.ToUnit(bag, $"{where}:{row.Line}", own, level);
            if (levels is { } l && unit is not null && !l.Contains(unit.Level)) continue;
            problems.AddRange(own.Items);
            if (unit is not null) units.Add(unit);
        }
    }
}
