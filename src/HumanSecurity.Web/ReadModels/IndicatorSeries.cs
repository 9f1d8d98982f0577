using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.ReadModels;

/// <summary>The total (not disaggregated) values of one indicator, by period and area.</summary>
public sealed class IndicatorSeries
{
    private readonly SortedDictionary<Period, Dictionary<string, double>> _byPeriod = [];

    /// <summary>Periods with at least one value, oldest first.</summary>
    public IReadOnlyList<Period> Periods => [.. _byPeriod.Keys];

    public static async Task<IndicatorSeries> ReadAsync(IStore store, string indicator, CancellationToken cancellationToken, IReadOnlyList<string>? areas = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var series = new IndicatorSeries();
        var query = new ObservationQuery { Indicators = [indicator], Areas = areas, TotalsOnly = true };
        await foreach (var chunk in store.GetObservationsAsync(query, cancellationToken))
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                if (!double.IsFinite(chunk.Value[i])) continue;
                if (!series._byPeriod.TryGetValue(chunk.Period[i], out var values)) series._byPeriod[chunk.Period[i]] = values = new(StringComparer.Ordinal);
                values[chunk.Area[i]] = chunk.Value[i];
            }
        }
        return series;
    }

    /// <summary>The values of a period by area code (empty when the period has none).</summary>
    public IReadOnlyDictionary<string, double> ValuesIn(Period period) =>
        _byPeriod.TryGetValue(period, out var v) ? v : new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>One area's values over the periods, oldest first.</summary>
    public IReadOnlyList<(Period Period, double Value)> Of(string area) =>
        [.. _byPeriod.Where(kv => kv.Value.ContainsKey(area)).Select(kv => (kv.Key, kv.Value[area]))];
}
