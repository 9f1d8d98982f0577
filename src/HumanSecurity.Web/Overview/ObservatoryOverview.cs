using HumanSecurity.Areas;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.Overview;

/// <summary>Everything the overview page shows, read from the store in one go.</summary>
public sealed record ObservatoryOverview(
    StoreSummary Summary, IReadOnlyList<Dataset> Datasets, IReadOnlyList<Area> Areas, IReadOnlyList<IndicatorSummary> Indicators,
    IReadOnlyList<Programme> Programmes, bool IsSynthetic)
{
    /// <summary>GeoJSON geometry per area code (for the map).</summary>
    public IReadOnlyDictionary<string, string> Geometries { get; init; } = new Dictionary<string, string>();

    /// <summary>Latest total value per indicator and area (for the map).</summary>
    public IReadOnlyList<Observation> Latest { get; init; } = [];

    /// <summary>Saved runs and the scores of the latest index and poverty runs.</summary>
    public RunResults Results { get; init; } = RunResults.Empty;

    /// <summary>The marker that labels synthetic demo data (in dataset names and indicator sources).</summary>
    public const string SyntheticMarker = "synthetic demo data";

    /// <summary>Reads everything the page shows.</summary>
    public static Task<ObservatoryOverview> LoadAsync(IStore store, CancellationToken cancellationToken) => LoadAsync(store, true, cancellationToken);

    /// <summary>Reads everything the page shows; <paramref name="withResults"/> false skips the runs and their scores.</summary>
    public static async Task<ObservatoryOverview> LoadAsync(IStore store, bool withResults, CancellationToken cancellationToken)
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
        var synthetic = datasets.Any(d => Marks(d.Name) || Marks(d.SourceFile)) || indicators.Any(i => Marks(i.Source));
        var geometries = await store.GetGeometriesAsync(cancellationToken);
        var results = withResults ? await RunResults.LoadAsync(store, cancellationToken) : RunResults.Empty;
        return new ObservatoryOverview(summary, datasets, areas, summaries, programmes, synthetic) { Geometries = geometries, Latest = latest, Results = results };
    }

    /// <summary>The indicator to map: <paramref name="code"/> when given (null when unknown), else the first indicator
    /// with data at the most detailed level reported.</summary>
    public IndicatorSummary? MapIndicator(string? code)
    {
        if (!string.IsNullOrEmpty(code)) return Indicators.FirstOrDefault(s => s.Indicator.Code == code);
        var withData = Indicators.Where(s => s.Level is not null).ToList();
        if (withData.Count == 0) return null;
        var finest = withData.Max(s => s.Level);
        return withData.First(s => s.Level == finest);
    }

    private static bool Marks(string? text) => text?.Contains(SyntheticMarker, StringComparison.OrdinalIgnoreCase) == true;

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
