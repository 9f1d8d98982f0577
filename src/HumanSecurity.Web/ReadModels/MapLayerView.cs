namespace HumanSecurity.Web.ReadModels;

/// <summary>What a choropleth shows at one level: a value, class and colour per area, the legend, and notes (where values
/// were aggregated from a finer level, how many areas have data).</summary>
/// <param name="Title">The node or indicator shown.</param>
/// <param name="Run">The run shown, or null for an indicator.</param>
/// <param name="Node">The run's node shown.</param>
/// <param name="Indicator">The indicator shown, or null for a run.</param>
/// <param name="Period">The period shown.</param>
/// <param name="Unit">Unit of the values (indicators), or null for scores.</param>
/// <param name="Periods">Periods with data, oldest first (a map shows one).</param>
/// <param name="Level">Area level code (<c>admin1</c>).</param>
/// <param name="Parent">Area whose descendants are shown; null for all areas of the level.</param>
/// <param name="Legend">The classes and their colours.</param>
/// <param name="Values">One value per area of the level (inside the parent).</param>
/// <param name="Areas">Areas of the level shown.</param>
/// <param name="WithData">Areas with a value.</param>
/// <param name="AggregatedFrom">The finer level values were aggregated from, when any were.</param>
/// <param name="Aggregation"><c>mean</c> (population-weighted) or <c>sum</c>, when values were aggregated.</param>
public sealed record MapLayerView(
    string Title, string? Unit, long? Run, string? Node, string? Indicator, string? Period, IReadOnlyList<string> Periods,
    string Level, string? Parent, MapLegend Legend, IReadOnlyList<MapAreaValue> Values, int Areas, int WithData,
    string? AggregatedFrom, string? Aggregation);

/// <summary>The legend: <c>classes</c> (the model's classes) or <c>quantiles</c> (five classes by quantile of the level's
/// values); darker is always worse.</summary>
public sealed record MapLegend(string Kind, IReadOnlyList<MapLegendClass> Classes, string NoData, string Suppressed);

/// <summary>A legend class: label, colour, and bounds (lower inclusive) when known.</summary>
public sealed record MapLegendClass(string Label, string Colour, double? From, double? To);

/// <summary>One area's value: null when missing or suppressed (never a suppressed number); <c>classIndex</c> −1 when
/// unclassed; <c>missingShare</c> the run's share of missing indicator values behind the score (reliability);
/// <c>aggregated</c> when computed from finer areas.</summary>
public sealed record MapAreaValue(string Code, string Name, double? Value, string? Class, int ClassIndex, string Colour, double? MissingShare,
    bool Aggregated, bool Suppressed, string? Period);
