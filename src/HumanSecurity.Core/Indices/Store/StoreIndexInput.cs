using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Indices;

/// <summary>Index input read from a store for one area level and year: for every area of the level and every model
/// indicator, the latest total value within the look-back (years before the scored year); an area without its own value
/// takes its nearest ancestor's (an admin-1 or national indicator applies to the admin-2 areas inside). Records each
/// value's age in years.</summary>
public sealed class StoreIndexInput
{
    private StoreIndexInput(IndexModel model, IndexData data, int year, IReadOnlyList<Area> areas, Dictionary<string, double[]> ages, Dictionary<string, bool[]> inherited,
        ObservationQuery query)
    {
        Query = query;
        Model = model;
        Data = data;
        Year = year;
        Areas = areas;
        Ages = ages;
        Inherited = inherited;
    }

    /// <summary>The observation query the input was read with (for the datasets it read).</summary>
    public ObservationQuery Query { get; }

    /// <summary>The model, bound to the catalogue when it takes its indicators from there.</summary>
    public IndexModel Model { get; }

    public IndexData Data { get; }

    public int Year { get; }

    /// <summary>Every area of the store (for roll-ups).</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>Per indicator and unit: age of the value in years (NaN when missing).</summary>
    public IReadOnlyDictionary<string, double[]> Ages { get; }

    /// <summary>Per indicator and unit: whether the value came from an ancestor area.</summary>
    public IReadOnlyDictionary<string, bool[]> Inherited { get; }

    /// <summary>Reads the input; <paramref name="datasets"/> restricts observations to a snapshot (null = every dataset).</summary>
    public static async Task<StoreIndexInput> ReadAsync(IStore store, IndexModel model, AreaKind level, int? year, int lookBack, IReadOnlyList<long>? datasets,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(model);
        var catalogue = await store.GetIndicatorsAsync(ct).ConfigureAwait(false);
        var areas = await store.GetAreasAsync(ct).ConfigureAwait(false);
        var codes = model.FromCatalogue ? catalogue.Select(i => i.Code).ToList() : model.Indicators.Select(i => i.Code).ToList();
        var query = new ObservationQuery { Indicators = codes, To = year is { } y ? Period.FromYear(y) : null, TotalsOnly = true, Datasets = datasets };
        var latest = await LatestValuesAsync(store, query, year, ct).ConfigureAwait(false);
        var scored = year ?? (latest.Count == 0 ? 0 : latest.Values.SelectMany(v => v.Values).Max(v => v.Year));
        if (latest.Count == 0) throw new InvalidInputException("store", "the store has no observations for the model's indicators");
        if (model.FromCatalogue) model = CatalogueBinding.Bind(model, catalogue, i => latest.ContainsKey(i.Code));
        var targets = areas.Where(a => a.Kind == level).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
            throw new InvalidInputException("--level", $"the store has no areas at level '{level.ToCode()}' (levels present: {string.Join(", ", areas.Select(a => a.Kind).Distinct().Order().Select(k => k.ToCode()))})");
        var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        if (model.RollUp == RollUp.Indicators)
            foreach (var code in latest.Keys.ToList()) latest[code] = AreaRollUp.FillFromChildren(latest[code], areas, scored, lookBack);
        var numeric = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var ages = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var inherited = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (var ind in model.Indicators)
        {
            var values = new double[targets.Count];
            var age = new double[targets.Count];
            var from = new bool[targets.Count];
            var own = latest.GetValueOrDefault(ind.Code) ?? [];
            for (var u = 0; u < targets.Count; u++)
            {
                (values[u], age[u]) = (double.NaN, double.NaN);
                for (var a = targets[u]; a is not null; a = a.ParentCode is { } p ? byCode.GetValueOrDefault(p) : null)
                {
                    if (!own.TryGetValue(a.Code, out var v) || scored - v.Year > lookBack) continue;
                    (values[u], age[u], from[u]) = (v.Value, scored - v.Year, a != targets[u]);
                    break;
                }
            }
            (numeric[ind.Code], ages[ind.Code], inherited[ind.Code]) = (values, age, from);
        }
        var data = new IndexData([.. targets.Select(t => t.Code)], numeric, source: "store");
        return new StoreIndexInput(model, data, scored, areas, ages, inherited, query);
    }

    /// <summary>Latest total value at or before the year, per indicator and area.</summary>
    private static async Task<Dictionary<string, Dictionary<string, (double Value, int Year, Period Period)>>> LatestValuesAsync(
        IStore store, ObservationQuery query, int? year, CancellationToken ct)
    {
        var map = new Dictionary<string, Dictionary<string, (double, int, Period)>>(StringComparer.Ordinal);
        await foreach (var chunk in store.GetObservationsAsync(query, ct).ConfigureAwait(false))
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                var p = chunk.Period[i];
                if (year is { } limit && p.Year > limit) continue;
                if (double.IsNaN(chunk.Value[i])) continue;
                if (!map.TryGetValue(chunk.Indicator[i], out var perArea)) map[chunk.Indicator[i]] = perArea = new(StringComparer.Ordinal);
                if (!perArea.TryGetValue(chunk.Area[i], out var old) || p.CompareTo(old.Item3) > 0)
                    perArea[chunk.Area[i]] = (chunk.Value[i], p.Year, p);
            }
        }
        return map;
    }
}
