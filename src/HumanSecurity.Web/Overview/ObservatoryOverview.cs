using HumanSecurity.Areas;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.Overview;

/// <summary>The store's inventory, read in one go: counts, datasets, areas, indicators with their latest values, and
/// programmes (for <c>/api/indicators</c> and the data page).</summary>
public sealed record ObservatoryOverview(
    StoreSummary Summary, IReadOnlyList<Dataset> Datasets, IReadOnlyList<Area> Areas, IReadOnlyList<IndicatorSummary> Indicators,
    IReadOnlyList<Programme> Programmes)
{
    public static async Task<ObservatoryOverview> LoadAsync(IStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var summary = await store.GetSummaryAsync(cancellationToken);
        var datasets = await store.GetDatasetsAsync(cancellationToken);
        var areas = await store.GetAreasAsync(cancellationToken);
        var indicators = await store.GetIndicatorsAsync(cancellationToken);
        var latest = await store.GetLatestValuesAsync(cancellationToken);
        var programmes = await store.GetProgrammesAsync(cancellationToken);
        var kinds = areas.ToDictionary(a => a.Code, a => a.Kind, StringComparer.Ordinal);
        var byIndicator = latest.ToLookup(o => o.Indicator, StringComparer.Ordinal);
        var summaries = indicators.OrderBy(i => i.Cluster).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => Summarise(i, byIndicator[i.Code], kinds)).ToList();
        return new ObservatoryOverview(summary, datasets, areas, summaries, programmes);
    }

    private static IndicatorSummary Summarise(Indicators.Indicator indicator, IEnumerable<Observation> values, Dictionary<string, AreaKind> kinds)
    {
        var list = values.Where(o => !double.IsNaN(o.Value)).ToList();
        if (list.Count == 0) return new IndicatorSummary(indicator, null, null, 0, null, null, null);
        var period = list.Max(o => o.Period);
        var inPeriod = list.Where(o => o.Period == period).ToList();
        var level = inPeriod.Select(o => kinds.TryGetValue(o.Area, out var k) ? k : AreaKind.Locality).Max();
        var sorted = inPeriod.Where(o => (kinds.TryGetValue(o.Area, out var k) ? k : AreaKind.Locality) == level).Select(o => o.Value).Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new IndicatorSummary(indicator, period.ToString(), level, sorted.Length, sorted[0], median, sorted[^1]);
    }
}
