using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HumanSecurity.Areas;

namespace HumanSecurity.Formats.CodAb;

/// <summary>Writes countries and admin areas as a GeoJSON FeatureCollection in the COD-AB lower-case schema
/// (<c>adm{L}_pcode</c>, <c>adm{L}_name</c>, <c>adm{L}_name1..3</c>, <c>adm{L}_ref</c> for the area and its ancestors,
/// <c>lang</c>/<c>lang1..3</c> from the area's names, <c>valid_on</c>/<c>valid_to</c>; <c>iso3</c> for countries) with optional
/// scores as extra properties (<c>score_&lt;node&gt;</c>). Other kinds (regions, localities) are skipped. The COD-AB reader
/// reads it back to the same areas.</summary>
public static class GeoJsonWriter
{
    public static string Write(IReadOnlyList<Area> areas, IReadOnlyDictionary<string, string> geometries,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? scores = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(geometries);
        var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var a in areas.Where(a => a.Kind.AdminLevel() is not null))
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("properties");
                WriteChain(w, a, byCode);
                WriteValidity(w, a);
                if (scores is not null && scores.TryGetValue(a.Code, out var s))
                    foreach (var (node, score) in s.OrderBy(x => x.Key, StringComparer.Ordinal))
                        if (double.IsFinite(score)) w.WriteNumber("score_" + node, score); else w.WriteNull("score_" + node);
                w.WriteEndObject();
                w.WritePropertyName("geometry");
                if (geometries.TryGetValue(a.Code, out var g)) w.WriteRawValue(g); else w.WriteNullValue();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteChain(Utf8JsonWriter w, Area a, Dictionary<string, Area> byCode)
    {
        var chain = new List<Area>();
        for (var cur = a; cur is not null && chain.Count < 8; cur = cur.ParentCode is { } p ? byCode.GetValueOrDefault(p) : null)
            if (cur.Kind.AdminLevel() is not null) chain.Add(cur);
        var languages = CodAbNames.Languages(a);
        foreach (var x in chain.OrderBy(x => x.Kind))
        {
            var level = x.Kind.AdminLevel()!.Value;
            w.WriteString($"adm{level}_pcode", x.Code);
            CodAbNames.Write(w, level, x, languages);
            if (level == 0 && x.Code.Length == 3) w.WriteString("iso3", x.Code);
        }
        for (var i = 0; i < languages.Count; i++)
            if (languages[i] is { } lang && !lang.StartsWith("alt", StringComparison.Ordinal)) w.WriteString(i == 0 ? "lang" : $"lang{i}", lang);
    }

    private static void WriteValidity(Utf8JsonWriter w, Area a)
    {
        if (a.ValidFrom is { } from) w.WriteString("valid_on", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (a.ValidTo is { } to) w.WriteString("valid_to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
