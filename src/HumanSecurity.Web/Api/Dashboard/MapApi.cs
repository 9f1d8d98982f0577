using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api.Dashboard;

/// <summary>The map's read models: <c>/api/map</c> (values, classes and legend of a run's node or an indicator at one
/// level) and <c>/api/geometry</c> (boundaries of one level as GeoJSON, simplified on request).</summary>
public static class MapApi
{
    /// <summary>Largest accepted simplification tolerance, in degrees.</summary>
    public const double MaxTolerance = 1;

    public static RouteGroupBuilder MapMapApi(this RouteGroupBuilder api)
    {
        api.MapGet("/map", GetMapAsync).WithName("map")
            .WithSummary("Choropleth values of a run's node (?run=&node=) or an indicator (?indicator=&period=) at ?level=, inside ?parent=; names in ?lang=. Without run or indicator: the latest index run's top node at its level.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/geometry", GetGeometryAsync).WithName("geometry")
            .WithSummary("Boundaries of the areas of ?level= (inside ?parent=) as a GeoJSON FeatureCollection, simplified with tolerance ?simplify= degrees (0 = as stored).")
            .Produces<string>(StatusCodes.Status200OK, "application/geo+json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<MapLayerView>, ProblemHttpResult>> GetMapAsync(HttpRequest request, DashboardData data, MapLayers layers,
        string? run, string? node, string? indicator, string? level, string? parent, string? period, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(layers);
        if (Language.FromRequest(request, lang, out var badLang) is not { } language) return ApiProblems.BadRequest(badLang!);
        var snapshot = await data.SnapshotAsync(cancellationToken);
        var (query, problem) = await MapQuery.ParseAsync(data, snapshot, run, node, indicator, level, parent, period, cancellationToken);
        if (problem is not null) return problem;
        if (query is null) return ApiProblems.NotFound("the store has no runs and no observations to map; import data first (see hso demo)");
        return TypedResults.Ok(await BuildAsync(layers, snapshot, query, DashboardText.Shared.For(language), cancellationToken));
    }

    /// <summary>The layer a parsed query asks for.</summary>
    public static Task<MapLayerView> BuildAsync(MapLayers layers, DashboardSnapshot snapshot, MapQuery query, TextSet text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(query);
        return query.Run is { } run
            ? layers.ForRunAsync(snapshot, run, query.Node!, query.Level, query.Parent, text, cancellationToken)
            : layers.ForIndicatorAsync(snapshot, query.Indicator!, query.Level, query.Parent, query.Period, text, cancellationToken);
    }

    public static async Task<IResult> GetGeometryAsync(DashboardData data, GeometryLayers geometry, string? level, string? parent, string? simplify,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(geometry);
        var snapshot = await data.SnapshotAsync(cancellationToken);
        if (string.IsNullOrEmpty(level) || !AreaKinds.TryParse(level, out var kind) || !snapshot.Levels.Contains(kind))
            return ApiProblems.BadRequest($"query parameter 'level' must be an area level of the store ({string.Join(", ", snapshot.Levels.Select(l => l.ToCode()))}), not '{level}'");
        Area? within = null;
        if (!string.IsNullOrEmpty(parent) && (within = snapshot.Area(parent)) is null)
            return ApiProblems.NotFound($"unknown area '{parent}' (query parameter 'parent'); see /api/areas");
        var tolerance = 0.0;
        if (!string.IsNullOrEmpty(simplify)
            && (!double.TryParse(simplify, NumberStyles.Float, CultureInfo.InvariantCulture, out tolerance) || !double.IsFinite(tolerance) || tolerance is < 0 or > MaxTolerance))
            return ApiProblems.BadRequest($"query parameter 'simplify' must be a tolerance in degrees from 0 to {MaxTolerance.ToString(CultureInfo.InvariantCulture)}, not '{simplify}'");
        var json = await geometry.LayerAsync(snapshot, kind, within, tolerance, cancellationToken);
        return TypedResults.Text(json, "application/geo+json");
    }
}
