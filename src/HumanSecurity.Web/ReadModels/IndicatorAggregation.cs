using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;

namespace HumanSecurity.Web.ReadModels;

/// <summary>How values reported at a finer level are shown at a coarser one: the population-weighted mean of the
/// children's values (shares, rates, scores), or their sum for indicators counted in people, events or cases (a mean of
/// counts would be wrong). A child without its own value takes its own children's, recursively. Equal weights when a
/// child has no population.</summary>
public static class IndicatorAggregation
{
    private static readonly HashSet<string> CountUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "events", "cases", "deaths", "count", "number", "households", "incidents", "refugees", "idps", "children",
    };

    /// <summary>Whether values of the indicator add up across areas (its unit is a plain count such as <c>people</c>).</summary>
    public static bool IsCount(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var unit = indicator.Unit.Trim();
        return CountUnits.Contains(unit) || unit.StartsWith("number of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A value for <paramref name="area"/> from its descendants' own values; null when none has one. The result
    /// says how many children contributed and how many there are.</summary>
    public static Aggregate? FromChildren(Area area, AreaHierarchy areas, IReadOnlyDictionary<string, double> own, Period period, bool sum)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(own);
        var children = areas.ChildrenOf(area.Code);
        if (children.Count == 0) return null;
        var parts = new List<(double Value, double? Population)>();
        foreach (var child in children)
        {
            if (own.TryGetValue(child.Code, out var v) && double.IsFinite(v)) parts.Add((v, child.PopulationAt(period)));
            else if (FromChildren(child, areas, own, period, sum) is { } a) parts.Add((a.Value, child.PopulationAt(period)));
        }
        if (parts.Count == 0) return null;
        if (sum) return new Aggregate(parts.Sum(p => p.Value), parts.Count, children.Count);
        var weighted = parts.All(p => p.Population is > 0);
        var total = weighted ? parts.Sum(p => p.Population!.Value) : parts.Count;
        var value = parts.Sum(p => p.Value * (weighted ? p.Population!.Value : 1)) / total;
        return new Aggregate(value, parts.Count, children.Count);
    }
}

/// <summary>A value aggregated from <see cref="Used"/> of <see cref="Children"/> child areas.</summary>
public sealed record Aggregate(double Value, int Used, int Children);
