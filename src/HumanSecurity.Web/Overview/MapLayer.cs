using HumanSecurity.Indicators;
using HumanSecurity.Observations;

namespace HumanSecurity.Web.Overview;

/// <summary>One value of a map layer for an area: the number, its period and its class label (null when unclassed).</summary>
internal sealed record MapValue(double Value, Period? Period, string? Class);

/// <summary>What the choropleth shows: values per area code, the text of the legend, and the class labels ordered from
/// least to most severe (empty: colour by quintile instead).</summary>
internal sealed record MapLayer(string Title, string Unit, Direction Direction, IReadOnlyDictionary<string, MapValue> Values, IReadOnlyList<string> Classes)
{
    /// <summary>The class label of cells withheld for small counts (poverty runs); drawn like missing data.</summary>
    public const string Suppressed = "suppressed";

    public static MapLayer FromIndicator(Indicator indicator, IReadOnlyList<Observation> latest)
    {
        var values = latest.Where(o => o.Indicator == indicator.Code).GroupBy(o => o.Area, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(o => o.Period)!, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => new MapValue(kv.Value.Value, kv.Value.Period, null), StringComparer.Ordinal);
        return new MapLayer(indicator.Name, indicator.Unit, indicator.Direction, values, []);
    }
}
