using HumanSecurity.Areas;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Testing.Storage;

/// <summary>The behaviour every <see cref="IStore"/> backend must have. A backend's test class derives from this and
/// supplies <see cref="CreateStoreAsync"/>, which returns a fresh, empty store.</summary>
public abstract partial class StoreContractTests
{
    protected abstract Task<IStore> CreateStoreAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static async Task<Dataset> ImportAsync(IStore store, DatasetKind kind, Func<IImportSession, Task> fill, string file = "test.csv")
    {
        await using var session = await store.BeginImportAsync(StoreTestData.Info(kind, file), Ct);
        await fill(session);
        return await session.CommitAsync(Ct);
    }

    protected static async Task SeedAsync(IStore store)
    {
        await ImportAsync(store, DatasetKind.Areas, s => s.AddAreasAsync(StoreTestData.Areas, Ct), "areas.csv");
        await ImportAsync(store, DatasetKind.Indicators, s => s.AddIndicatorsAsync(StoreTestData.Indicators, Ct), "indicators.csv");
        await ImportAsync(store, DatasetKind.Observations, s => s.AppendObservationsAsync(StoreTestData.Observations(), Ct), "obs.csv");
    }

    protected static async Task<List<Observation>> ReadAllAsync(IStore store, ObservationQuery query)
    {
        var list = new List<Observation>();
        await foreach (var chunk in store.GetObservationsAsync(query, Ct)) list.AddRange(chunk.Rows());
        return list;
    }

    [Fact]
    public async Task NewStore_IsEmptyWithSchemaVersion()
    {
        await using var store = await CreateStoreAsync();
        var summary = await store.GetSummaryAsync(Ct);
        Assert.True(store.SchemaVersion >= 1);
        Assert.Equal(store.SchemaVersion, summary.SchemaVersion);
        Assert.Equal(0, summary.Datasets);
        Assert.Equal(0, summary.Areas);
        Assert.Equal(0, summary.Observations);
        Assert.Empty(await store.GetDatasetsAsync(Ct));
    }

    [Fact]
    public async Task Areas_RoundTripWithPopulationsAndGeometryRef()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var areas = await store.GetAreasAsync(Ct);
        Assert.Equal(["XA", "XA01", "XA02"], areas.Select(a => a.Code));
        var xa = areas[0];
        Assert.Equal(("Xandria", AreaKind.Country, (string?)null), (xa.Name, xa.Kind, xa.ParentCode));
        Assert.Equal([(Period.FromYear(2020), 1_000_000.0), (Period.FromYear(2024), 1_200_000.0)], xa.Populations.Select(p => (p.Period, p.Population)));
        Assert.Equal(("XA", AreaKind.Admin1), (areas[1].ParentCode, areas[1].Kind));
        Assert.Equal("g:XA02", areas[2].GeometryRef);
        Assert.Empty(areas[2].Populations);
    }

    [Fact]
    public async Task Areas_RoundTripAlternateNamesAndValidity()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var areas = await store.GetAreasAsync(Ct);
        var north = areas[1];
        Assert.Equal([("fr", "Nord"), ("ref", "Nord"), ("sg", "Banga")], north.AlternateNames.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)));
        Assert.Equal((new DateOnly(2015, 6, 15), new DateOnly(2024, 12, 31)), (north.ValidFrom, north.ValidTo));
        Assert.Empty(areas[0].AlternateNames);
        Assert.Equal(((DateOnly?)null, (DateOnly?)null), (areas[0].ValidFrom, areas[0].ValidTo));
    }

    [Fact]
    public async Task Areas_ReimportWithoutNames_ClearsThem()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var plain = StoreTestData.Areas[1] with { AlternateNames = new Dictionary<string, string>(), ValidFrom = null, ValidTo = null };
        await ImportAsync(store, DatasetKind.Areas, s => s.AddAreasAsync([plain], Ct));
        var north = (await store.GetAreasAsync(Ct))[1];
        Assert.Empty(north.AlternateNames);
        Assert.Null(north.ValidFrom);
    }

    [Fact]
    public async Task Indicators_RoundTripEveryField()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var indicators = await store.GetIndicatorsAsync(Ct);
        Assert.Equal(StoreTestData.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal), indicators);
    }

    [Fact]
    public async Task Observations_AllQueryReturnsTotalsInKeyOrder()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var rows = await ReadAllAsync(store, ObservationQuery.All);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.True(r.Disaggregation.IsTotal));
        Assert.Equal(["FLOOD/XA01/2023", "FLOOD/XA01/2024", "FLOOD/XA02/2023", "FLOOD/XA02/2024", "LIT/XA01/2024-Q2"],
            rows.Select(r => $"{r.Indicator}/{r.Area}/{r.Period}"));
        var provisional = rows[1];
        Assert.Equal((12.0, "P", "survey A"), (provisional.Value, provisional.Status, provisional.Source));
        Assert.Null(rows[0].Status);
    }

    [Fact]
    public async Task Observations_FiltersByIndicatorAreaPeriodAndDisaggregation()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var flood = await ReadAllAsync(store, new ObservationQuery { Indicators = ["FLOOD"], Areas = ["XA01"], TotalsOnly = false });
        Assert.Equal(4, flood.Count);
        Assert.Equal(["F", "M"], flood.Where(r => !r.Disaggregation.IsTotal).Select(r => r.Disaggregation.Sex).Order());
        var from2024 = await ReadAllAsync(store, new ObservationQuery { From = Period.FromYear(2024) });
        Assert.Equal([12.0, 18.5, 80.0], from2024.Select(r => r.Value));
        var to2023 = await ReadAllAsync(store, new ObservationQuery { To = Period.FromYear(2023) });
        Assert.Equal([10.0, 20.0], to2023.Select(r => r.Value));
        Assert.Empty(await ReadAllAsync(store, new ObservationQuery { Areas = ["NOPE"] }));
    }

    [Fact]
    public async Task LatestValues_OneTotalPerIndicatorAndArea()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var latest = await store.GetLatestValuesAsync(Ct);
        Assert.Equal(["FLOOD/XA01/2024=12", "FLOOD/XA02/2024=18.5", "LIT/XA01/2024-Q2=80"],
            latest.Select(o => $"{o.Indicator}/{o.Area}/{o.Period}={o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public async Task Summary_CountsEverything()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var s = await store.GetSummaryAsync(Ct);
        Assert.Equal((3L, 3L, 2L, 7L), (s.Datasets, s.Areas, s.Indicators, s.Observations));
        Assert.Equal(1, s.AreasByKind[AreaKind.Country]);
        Assert.Equal(2, s.AreasByKind[AreaKind.Admin1]);
    }
}
