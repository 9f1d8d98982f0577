using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Indicators;
using HumanSecurity.Indices;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.ClickHouse.Tests;

/// <summary>The observation filter of index runs runs in ClickHouse (<see cref="ILatestTotals"/>): the index input read
/// from a ClickHouse store (one latest row per indicator and area travels) equals the one read from a DuckDB store with
/// the same data (every total read and the latest kept in process), population-weighted roll-up of indicators included.</summary>
public sealed class LatestTotalsPushdownTests(ClickHouseServers servers) : IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task SeedAsync(IStore store)
    {
        var rng = new Random(31);
        var areas = new List<Area> { new("XA", "Xandria", AreaKind.Country, null) };
        for (var a = 1; a <= 4; a++)
        {
            areas.Add(new Area($"XA{a}", $"P{a}", AreaKind.Admin1, "XA") { Populations = [new(Period.FromYear(2020), 1000 * a)] });
            for (var b = 1; b <= 3; b++) areas.Add(new Area($"XA{a}{b}", $"D{a}{b}", AreaKind.Admin2, $"XA{a}") { Populations = [new(Period.FromYear(2022), 100 * a + b)] });
        }
        for (var part = 0; part < 2; part++)
        {
            await using var s = await store.BeginImportAsync(new DatasetInfo(DatasetKind.Observations, $"o{part}.csv", new string('d', 64)), Ct);
            if (part == 0)
            {
                await s.AddAreasAsync(areas, Ct);
                await s.AddIndicatorsAsync([new("FLOOD", "Flood", "%", Direction.HigherIsWorse), new("LIT", "Literacy", "%", Direction.HigherIsBetter)], Ct);
            }
            var c = new ObservationChunk(4096);
            foreach (var area in areas.Where(a => a.Kind == AreaKind.Admin2 && rng.NextDouble() < 0.8))
                for (var y = 2018 + part * 3; y < 2021 + part * 3; y++)
                {
                    c.Add("FLOOD", area.Code, Period.FromYear(y), Disaggregation.Total, rng.NextDouble() < 0.1 ? double.NaN : rng.NextDouble() * 50);
                    c.Add("FLOOD", area.Code, Period.FromQuarter(y, 1), Disaggregation.Total, rng.NextDouble() * 50);
                    c.Add("LIT", area.Code, Period.FromYear(y), Disaggregation.Total with { Sex = "F" }, rng.NextDouble() * 100);
                    c.Add("LIT", area.Code, Period.FromMonth(y, 1 + rng.Next(12)), Disaggregation.Total, rng.NextDouble() * 100);
                }
            await s.AppendObservationsAsync(c, Ct);
            await s.CommitAsync(Ct);
        }
    }

    private static IndexModel Model() => Formats.Models.ModelYamlReader.Read("""
        name: latest
        roll_up: indicators
        defaults: { normalise: none }
        indicators:
          - { code: FLOOD, parent: P }
          - { code: LIT, parent: P }
        nodes:
          - { code: P }
        """);

    [Theory]
    [InlineData(false, 2022, AreaKind.Admin2)]
    [InlineData(true, 2021, AreaKind.Admin1)]
    [InlineData(true, null, AreaKind.Country)]
    public async Task IndexInput_FromClickHouse_EqualsDuckDb(bool sharded, int? year, AreaKind level)
    {
        await using var duck = DuckDbStore.Open(":memory:");
        await using var ch = await _stores.CreateAsync(sharded, Ct);
        await SeedAsync(duck);
        await SeedAsync(ch);
        var expected = await StoreIndexInput.ReadAsync(duck, Model(), level, year, 5, null, Ct);
        var actual = await StoreIndexInput.ReadAsync(ch, Model(), level, year, 5, null, Ct);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Data.Units, actual.Data.Units);
        foreach (var code in (string[])["FLOOD", "LIT"])
        {
            Assert.Equal(expected.Ages[code], actual.Ages[code]);
            Assert.Equal(expected.Inherited[code], actual.Inherited[code]);
            var (e, a) = (expected.Data.Numeric[code], actual.Data.Numeric[code]);
            for (var u = 0; u < e.Length; u++) Assert.True(double.IsNaN(e[u]) ? double.IsNaN(a[u]) : Math.Abs(e[u] - a[u]) <= 1e-12 * Math.Max(1, Math.Abs(e[u])), $"{code} unit {u}: {e[u]} vs {a[u]}");
            Assert.Contains(e, v => !double.IsNaN(v));
        }
    }

    [Fact]
    public async Task LatestTotals_SkipMissingAndDisaggregated_TakeShortestPeriodAtSameStart()
    {
        await using var ch = await _stores.CreateAsync(sharded: false, Ct);
        await using (var s = await ch.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct))
        {
            var c = new ObservationChunk(8);
            c.Add("FLOOD", "XA01", Period.FromYear(2024), Disaggregation.Total, 1);
            c.Add("FLOOD", "XA01", Period.FromQuarter(2024, 1), Disaggregation.Total, 2);
            c.Add("FLOOD", "XA01", Period.FromYear(2025), Disaggregation.Total, double.NaN);
            c.Add("FLOOD", "XA01", Period.FromYear(2026), Disaggregation.Total with { Sex = "F" }, 4);
            c.Add("FLOOD", "XA02", Period.FromYear(2030), Disaggregation.Total, 5);
            await s.AppendObservationsAsync(c, Ct);
            await s.CommitAsync(Ct);
        }
        var latest = await ch.GetLatestTotalsAsync(new ObservationQuery { Indicators = ["FLOOD"], To = Period.FromYear(2026) }, Ct);
        Assert.Equal([("XA01", Period.FromQuarter(2024, 1), 2.0)], latest.Select(o => (o.Area, o.Period, o.Value)));
        Assert.Equal(2, (await ch.GetLatestTotalsAsync(ObservationQuery.All, Ct)).Count);
        Assert.Empty(await ch.GetLatestTotalsAsync(ObservationQuery.All with { Datasets = [99] }, Ct));
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
