using System.Collections.Concurrent;
using System.Text.Json;
using HumanSecurity.Areas;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace HumanSecurity.Web.ReadModels;

/// <summary>Area boundaries as GeoJSON FeatureCollections per level (optionally inside a parent), simplified with
/// NetTopologySuite's topology-preserving simplifier at a tolerance in degrees and rounded to the digits that tolerance
/// needs. The stored geometries are parsed once per data version and each simplified layer is cached, so a map that asks
/// for the same level and zoom again costs a dictionary look-up.</summary>
public sealed class GeometryLayers(DashboardData data)
{
    private const int KeptLayers = 64;
    private static readonly JsonSerializerOptions GeoJson = CreateOptions();
    private readonly ConcurrentDictionary<(string Version, AreaKind Level, string? Parent, double Tolerance), string> _layers = new();
    private (string Version, IReadOnlyDictionary<string, Geometry> Shapes)? _parsed;

    /// <summary>The GeoJSON text of the level's areas that have a geometry, with properties <c>code</c>, <c>name</c>,
    /// <c>kind</c> and <c>parent</c>.</summary>
    public async Task<string> LayerAsync(DashboardSnapshot snapshot, AreaKind level, Area? parent, double tolerance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var key = (snapshot.Version, level, parent?.Code, tolerance);
        if (_layers.TryGetValue(key, out var cached)) return cached;
        var shapes = await ShapesAsync(snapshot, cancellationToken);
        var collection = new FeatureCollection();
        var scale = Math.Pow(10, tolerance <= 0 ? 6 : Math.Clamp(Math.Ceiling(-Math.Log10(tolerance)) + 1, 2, 6));
        var reducer = new GeometryPrecisionReducer(new PrecisionModel(scale)) { ChangePrecisionModel = false, RemoveCollapsedComponents = true };
        foreach (var area in MapLayers.AreasAt(snapshot, level, parent))
        {
            if (!shapes.TryGetValue(area.Code, out var shape)) continue;
            var simple = tolerance > 0 ? TopologyPreservingSimplifier.Simplify(shape, tolerance) : shape;
            var rounded = reducer.Reduce(simple);
            if (rounded.IsEmpty) rounded = simple;
            collection.Add(new Feature(rounded, new AttributesTable
            {
                { "code", area.Code }, { "name", area.Name }, { "kind", area.Kind.ToCode() }, { "parent", area.ParentCode },
            }));
        }
        var json = JsonSerializer.Serialize(collection, GeoJson);
        if (_layers.Count >= KeptLayers) _layers.Clear();
        _layers[key] = json;
        return json;
    }

    /// <summary>How many areas of the level have a geometry (inside <paramref name="parent"/> when given).</summary>
    public async Task<int> CountAsync(DashboardSnapshot snapshot, AreaKind level, Area? parent, CancellationToken cancellationToken)
    {
        var shapes = await ShapesAsync(snapshot, cancellationToken);
        return MapLayers.AreasAt(snapshot, level, parent).Count(a => shapes.ContainsKey(a.Code));
    }

    /// <summary>The bounding box [west, south, east, north] of the level's areas (inside <paramref name="parent"/>); null
    /// when none has a geometry.</summary>
    public async Task<double[]?> BoundsAsync(DashboardSnapshot snapshot, AreaKind level, Area? parent, CancellationToken cancellationToken)
    {
        var shapes = await ShapesAsync(snapshot, cancellationToken);
        var envelope = new Envelope();
        foreach (var a in MapLayers.AreasAt(snapshot, level, parent))
            if (shapes.TryGetValue(a.Code, out var g)) envelope.ExpandToInclude(g.EnvelopeInternal);
        return envelope.IsNull ? null : [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY];
    }

    /// <summary>The codes of areas that have a geometry.</summary>
    public async Task<IReadOnlySet<string>> WithGeometryAsync(DashboardSnapshot snapshot, CancellationToken cancellationToken) =>
        (await ShapesAsync(snapshot, cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The levels that have at least one geometry, coarsest first.</summary>
    public async Task<IReadOnlyList<AreaKind>> LevelsAsync(DashboardSnapshot snapshot, CancellationToken cancellationToken)
    {
        var shapes = await ShapesAsync(snapshot, cancellationToken);
        return [.. snapshot.Levels.Where(k => snapshot.Areas.OfKind(k).Any(a => shapes.ContainsKey(a.Code)))];
    }

    private async Task<IReadOnlyDictionary<string, Geometry>> ShapesAsync(DashboardSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (_parsed is { } p && p.Version == snapshot.Version) return p.Shapes;
        var texts = await data.Store.GetGeometriesAsync(cancellationToken);
        var shapes = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var (code, json) in texts)
        {
            try
            {
                if (JsonSerializer.Deserialize<Geometry>(json, GeoJson) is { IsEmpty: false } g) shapes[code] = g;
            }
            catch (JsonException)
            {
                // A stored geometry the reader cannot parse is left off the map (the importer validated it when it was written).
            }
        }
        _parsed = (snapshot.Version, shapes);
        return shapes;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions();
        o.Converters.Add(new GeoJsonConverterFactory());
        return o;
    }
}
