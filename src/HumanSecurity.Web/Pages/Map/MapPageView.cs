using HumanSecurity.Areas;
using HumanSecurity.Storage;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.ReadModels;

namespace HumanSecurity.Web.Pages.Map;

/// <summary>Everything the map page shows: the query, the layer, the choices of the forms, the breadcrumb and, per area,
/// where a click leads (its children's map, or its profile at the most detailed level). <see cref="OutlineUrl"/> is the
/// geometry of the next coarser level, drawn as outlines over the choropleth.</summary>
public sealed record MapPageView(
    MapQuery? Query, MapLayerView? Layer, IReadOnlyList<RunRecord> Runs, IReadOnlyList<NodeChoice> Nodes, IReadOnlyList<IndicatorChoice> Indicators,
    IReadOnlyList<AreaKind> Levels, IReadOnlyList<Area> Breadcrumb, IReadOnlyDictionary<string, AreaLinks> Links, double[]? Bounds, int Features,
    string GeometryUrl, string? OutlineUrl);

/// <summary>A node of the shown run for the node select: code, name and tree level.</summary>
public sealed record NodeChoice(string Code, string Name, int Level);

/// <summary>An indicator for the indicator select.</summary>
public sealed record IndicatorChoice(string Code, string Name, string? Cluster);

/// <summary>Where an area leads: <c>drill</c> (the map of its children; null at the most detailed level) and its profile.</summary>
public sealed record AreaLinks(string? Drill, string Profile);
