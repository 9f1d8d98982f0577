using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.Pages.Shell;
using HumanSecurity.Web.ReadModels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Pages.Map;

/// <summary><c>/</c>: the map page (<see cref="MapPage"/>) for the query parameters of <see cref="MapQuery"/>.</summary>
public static class MapPageEndpoint
{
    public static async Task<IResult> GetAsync(HttpRequest request, DashboardData data, MapLayers layers, GeometryLayers geometry, RunModels models,
        WebOptions options, string? run, string? node, string? indicator, string? level, string? parent, string? period, string? lang,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var (context, problem) = await DashboardPages.ContextAsync(request, lang, data, options, "map", cancellationToken);
        if (problem is not null) return problem;
        var (query, bad) = await MapQuery.ParseAsync(data, context!.Snapshot, run, node, indicator, level, parent, period, cancellationToken);
        if (bad is not null) return bad;
        var view = await ViewAsync(context, data, layers, geometry, models, query, cancellationToken);
        return new RazorComponentResult<MapPage>(new { Context = context, View = view });
    }

    private static async Task<MapPageView> ViewAsync(PageContext context, DashboardData data, MapLayers layers, GeometryLayers geometry, RunModels models,
        MapQuery? query, CancellationToken cancellationToken)
    {
        var s = context.Snapshot;
        var levels = await geometry.LevelsAsync(s, cancellationToken);
        var indicators = s.Indicators.Values.OrderBy(i => i.Cluster).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new IndicatorChoice(i.Code, i.Name, i.Cluster is { } c ? context.Text.Cluster(c) : null)).ToList();
        var runs = s.Runs.Where(r => r.Kind is "index" or "poverty").OrderByDescending(r => r.Id).ToList();
        if (query is null) return new MapPageView(null, null, runs, [], indicators, levels, [], new Dictionary<string, AreaLinks>(), null, 0, "", null);
        var layer = await MapApi.BuildAsync(layers, s, query, context.Text, cancellationToken);
        var nodes = query.Run is { } r ? await NodesAsync(data, models, s, r, cancellationToken) : [];
        var withGeometry = await geometry.WithGeometryAsync(s, cancellationToken);
        var links = layer.Values.ToDictionary(v => v.Code, v => Links(context, query, s.Area(v.Code)!, withGeometry), StringComparer.Ordinal);
        var bounds = await geometry.BoundsAsync(s, query.Level, query.Parent, cancellationToken);
        var features = await geometry.CountAsync(s, query.Level, query.Parent, cancellationToken);
        var url = context.Link("/api/geometry", ("level", query.Level.ToCode()), ("parent", query.Parent?.Code));
        var coarser = levels.Where(k => k < query.Level).Select(k => (AreaKind?)k).LastOrDefault();
        var outline = coarser is { } c ? context.Link("/api/geometry", ("level", c.ToCode()), ("parent", query.Parent?.Code)) : null;
        return new MapPageView(query, layer, runs, nodes, indicators, levels, query.Parent is { } p ? s.PathTo(p) : [], links, bounds, features, url, outline);
    }

    private static async Task<IReadOnlyList<NodeChoice>> NodesAsync(DashboardData data, RunModels models, DashboardSnapshot s, Storage.RunRecord run,
        CancellationToken cancellationToken)
    {
        var scores = await data.ScoresAsync(run, cancellationToken);
        var model = models.For(scores, s);
        string Name(string code) => model is not null && model.Tree.Index.TryGetValue(code, out var n) ? model.NameOf(n)
            : s.Indicators.TryGetValue(code, out var i) ? i.Name : code;
        return [.. scores.Nodes.Select(n => new NodeChoice(n, Name(n), scores.LevelOf(n))).OrderByDescending(n => n.Level)];
    }

    /// <summary>A click drills into an area that has children with boundaries, else opens its profile.</summary>
    private static AreaLinks Links(PageContext context, MapQuery query, Area area, IReadOnlySet<string> withGeometry)
    {
        var children = context.Snapshot.Areas.ChildrenOf(area.Code).Where(c => withGeometry.Contains(c.Code)).ToList();
        var profile = context.Link("/areas/" + Uri.EscapeDataString(area.Code), ("run", query.Run?.Id.ToString(CultureInfo.InvariantCulture)));
        if (children.Count == 0) return new AreaLinks(null, profile);
        return new AreaLinks(MapLink(context, query, area.Code, children.Min(c => c.Kind)), profile);
    }

    /// <summary>The map of the same run node or indicator inside <paramref name="parent"/> at <paramref name="level"/>.</summary>
    public static string MapLink(PageContext context, MapQuery query, string? parent, AreaKind? level)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        return context.Link("/", ("run", query.Run?.Id.ToString(CultureInfo.InvariantCulture)), ("node", query.Run is null ? null : query.Node),
            ("indicator", query.Indicator?.Code), ("period", query.Indicator is null ? null : query.Period?.ToString()), ("level", level?.ToCode()),
            ("parent", parent));
    }
}
