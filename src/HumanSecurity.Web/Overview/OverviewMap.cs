using System.Globalization;
using System.Text;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using static System.Net.WebUtility;

namespace HumanSecurity.Web.Overview;

/// <summary>A server-rendered SVG choropleth: the most detailed areas that have a geometry and a value, filled by the
/// layer's classes when it has them (e.g. a run's INFORM-like classes), else by quintile of its latest values (darker =
/// worse, whatever the direction), country outlines on top, a tooltip
/// per area. No scripts, no tiles.</summary>
internal static class OverviewMap
{
    private const double Width = 640;
    private static readonly string[] Ramp = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];
    private static readonly JsonSerializerOptions GeoJson = CreateOptions();

    public static void Render(StringBuilder b, IReadOnlyDictionary<string, string> geometries, IReadOnlyList<Area> areas, MapLayer? layer)
    {
        var shapes = Parse(geometries, areas);
        if (shapes.Count == 0 || layer is null) return;
        var levels = shapes.Where(s => layer.Values.TryGetValue(s.Area.Code, out var v) && double.IsFinite(v.Value)).Select(s => s.Area.Kind).ToList();
        var level = levels.Count > 0 ? levels.Max() : shapes.Max(s => s.Area.Kind);
        var fill = shapes.Where(s => s.Area.Kind == level).ToList();
        var values = Latest(layer.Values, fill.Select(s => s.Area.Code).ToHashSet(StringComparer.Ordinal));
        var breaks = layer.Classes.Count > 0 ? [] : Quintiles(values.Values.Select(v => v.Value).ToArray());
        var env = new Envelope();
        foreach (var s in shapes) env.ExpandToInclude(s.Geometry.EnvelopeInternal);
        var kx = Math.Cos(env.Centre.Y * Math.PI / 180);
        var scale = Width / (env.Width * kx);
        var height = env.Height * scale;
        string Point(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"{(c.X - env.MinX) * kx * scale:0.#},{(env.MaxY - c.Y) * scale:0.#}");

        b.Append(CultureInfo.InvariantCulture, $"<svg id=\"map\" viewBox=\"0 0 {Width:0} {height:0}\" width=\"{Width:0}\" height=\"{height:0}\" role=\"img\">");
        foreach (var s in fill)
        {
            var has = values.TryGetValue(s.Area.Code, out var v);
            var colour = has ? Colour(v!, breaks, layer) : NoData;
            var text = has ? $"{Format(v!.Value)} {layer.Unit}{(v.Class is null ? "" : $" ({v.Class})")}, {v.Period}" : Missing(layer, s.Area.Code);
            b.Append("<path class=\"area\" fill=\"").Append(colour).Append("\" d=\"").Append(Path(s.Geometry, Point)).Append("\"><title>")
                .Append(HtmlEncode($"{s.Area.Name} ({s.Area.Code}): {text}")).Append("</title></path>");
        }
        foreach (var s in shapes.Where(s => s.Area.Kind < level && s.Area.Kind is AreaKind.Country or AreaKind.Admin1).OrderBy(s => s.Area.Kind).Reverse())
        {
            var width = s.Area.Kind == AreaKind.Country ? 2.2 : 0.9;
            b.Append(CultureInfo.InvariantCulture, $"<path fill=\"none\" stroke=\"#333\" stroke-width=\"{width}\" d=\"").Append(Path(s.Geometry, Point)).Append("\"/>");
        }
        b.Append("</svg>");
        Legend(b, breaks, layer, level, values.Values.FirstOrDefault()?.Period, values.Count, fill.Count);
    }

    private const string NoData = "#d9d9d9";

    private static string Colour(MapValue v, double[] breaks, MapLayer layer)
    {
        if (layer.Classes.Count == 0) return Ramp[ClassOf(v.Value, breaks, layer.Direction)];
        var i = v.Class is null ? -1 : IndexOf(layer.Classes, v.Class);
        return i < 0 ? NoData : Ramp[ClassColour(i, layer.Classes.Count)];
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }

    /// <summary>Spreads n ordered classes over the five colours of the ramp (least severe lightest).</summary>
    private static int ClassColour(int i, int n) => n <= 1 ? Ramp.Length - 1 : (int)Math.Round(i * (Ramp.Length - 1) / (double)(n - 1));

    private static string Missing(MapLayer layer, string code) =>
        layer.Values.TryGetValue(code, out var v) && v.Class == MapLayer.Suppressed ? "suppressed (too few observations)" : "no data";

    private static List<(Area Area, Geometry Geometry)> Parse(IReadOnlyDictionary<string, string> geometries, IReadOnlyList<Area> areas)
    {
        var list = new List<(Area, Geometry)>();
        foreach (var area in areas)
        {
            if (!geometries.TryGetValue(area.Code, out var json)) continue;
            try
            {
                if (JsonSerializer.Deserialize<Geometry>(json, GeoJson) is { IsEmpty: false } g) list.Add((area, g));
            }
            catch (JsonException)
            {
                // A geometry the reader cannot parse is left off the map rather than failing the page.
            }
        }
        return list;
    }

    private static Dictionary<string, MapValue> Latest(IReadOnlyDictionary<string, MapValue> all, HashSet<string> codes)
    {
        var relevant = all.Where(kv => codes.Contains(kv.Key) && double.IsFinite(kv.Value.Value)).ToList();
        if (relevant.Count == 0) return [];
        var period = relevant.Max(kv => kv.Value.Period);
        return relevant.Where(kv => kv.Value.Period == period).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    private static string Path(Geometry g, Func<Coordinate, string> point)
    {
        var d = new StringBuilder();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is not Polygon p) continue;
            foreach (var ring in new[] { p.ExteriorRing }.Concat(p.InteriorRings))
                d.Append('M').AppendJoin('L', ring.Coordinates.Take(ring.NumPoints - 1).Select(point)).Append('Z');
        }
        return d.ToString();
    }

    private static double[] Quintiles(double[] values)
    {
        if (values.Length == 0) return [];
        Array.Sort(values);
        return [.. Enumerable.Range(1, 4).Select(q => values[Math.Min(values.Length - 1, q * values.Length / 5)])];
    }

    private static int ClassOf(double value, double[] breaks, Direction direction)
    {
        var c = breaks.Count(b => value >= b);
        return direction == Direction.HigherIsBetter ? Ramp.Length - 1 - c : c;
    }

    private static void Legend(StringBuilder b, double[] breaks, MapLayer layer, AreaKind level, Period? period, int withData, int total)
    {
        b.Append("<p class=\"legend\">");
        if (layer.Classes.Count > 0)
        {
            for (var i = 0; i < layer.Classes.Count; i++)
                b.Append("<span><i style=\"background:").Append(Ramp[ClassColour(i, layer.Classes.Count)]).Append("\"></i>").Append(HtmlEncode(layer.Classes[i])).Append("</span>");
        }
        else
        {
            var order = layer.Direction == Direction.HigherIsBetter ? Enumerable.Range(0, 5).Reverse() : Enumerable.Range(0, 5);
            foreach (var c in order)
            {
                var label = breaks.Length == 0 ? "" : c == 0 ? $"< {Format(breaks[0])}" : c == 4 ? $"≥ {Format(breaks[3])}" : $"{Format(breaks[c - 1])} – {Format(breaks[c])}";
                var colour = Ramp[layer.Direction == Direction.HigherIsBetter ? 4 - c : c];
                b.Append("<span><i style=\"background:").Append(colour).Append("\"></i>").Append(HtmlEncode(label)).Append("</span>");
            }
        }
        var suppressed = layer.Values.Values.Any(v => v.Class == MapLayer.Suppressed);
        b.Append("<span><i style=\"background:").Append(NoData).Append("\"></i>").Append(suppressed ? "no data or suppressed" : "no data").Append("</span><br>")
            .Append(HtmlEncode($"{layer.Title} ({layer.Unit}){When(period, withData)}; {level.ToCode()} areas with data: {withData} of {total}; darker = worse."))
            .Append("</p>");
    }

    private static string When(Period? period, int withData) => withData == 0 ? ", no data" : period is { } p ? $", {p}" : "";

    private static string Format(double v) => v.ToString(Math.Abs(v) switch { >= 100 => "#,0", >= 1 => "0.##", _ => "0.###" }, CultureInfo.InvariantCulture);

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions();
        o.Converters.Add(new GeoJsonConverterFactory());
        return o;
    }
}
