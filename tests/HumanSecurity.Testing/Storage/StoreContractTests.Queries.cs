using HumanSecurity.Areas;
using HumanSecurity.Storage;

namespace HumanSecurity.Testing.Storage;

/// <summary>Paged reads the web API relies on: score queries filtered and paged inside the store, observation pages and
/// counts, and the data version caches are keyed by.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>A run over the three test areas: nodes A and B at level 2, indicator I at level 1, periods 2023 and 2024,
    /// one missing score.</summary>
    protected static async Task<(RunRecord Run, List<ScoreRow> Rows)> SaveQueryRunAsync(IStore store)
    {
        var rows = new List<ScoreRow>();
        foreach (var (node, level) in new[] { ("A", 2), ("B", 2), ("I", 1) })
            foreach (var unit in new[] { "XA", "XA01", "XA02" })
                foreach (var period in new[] { "2023", "2024" })
                    rows.Add(new ScoreRow(unit, node, level, period, unit == "XA02" && node == "B" && period == "2023" ? double.NaN : unit.Length + level, 1, "High"));
        var run = await store.SaveRunAsync(new RunRecord(0, "index", "m", new string('c', 64), 3, DateTimeOffset.UnixEpoch), rows, Ct);
        return (run, rows);
    }

    public static TheoryData<string> ScoreQueries => ["all", "units", "nodes", "periods", "level", "kind", "combined", "page", "past-end"];

    private static ScoreQuery QueryNamed(string name) => name switch
    {
        "units" => new ScoreQuery { Units = ["XA01", "XA02"] },
        "nodes" => new ScoreQuery { Nodes = ["B"] },
        "periods" => new ScoreQuery { Periods = ["2024"] },
        "level" => new ScoreQuery { TreeLevel = 1 },
        "kind" => new ScoreQuery { AreaKind = AreaKind.Admin1 },
        "combined" => new ScoreQuery { Nodes = ["A", "B"], AreaKind = AreaKind.Admin1, Periods = ["2023"], Limit = 3, Offset = 1 },
        "page" => new ScoreQuery { Limit = 5, Offset = 7 },
        "past-end" => new ScoreQuery { Nodes = ["A"], Offset = 100, Limit = 10 },
        _ => new ScoreQuery(),
    };

    [Theory]
    [MemberData(nameof(ScoreQueries))]
    public async Task Scores_Query_FiltersAndPagesLikeTheReference(string name)
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var (run, _) = await SaveQueryRunAsync(store);
        var query = QueryNamed(name);
        var all = await store.GetScoresAsync(run.Id, Ct);
        var kinds = StoreTestData.Areas.ToDictionary(a => a.Code, a => a.Kind);
        var matched = all.Where(r => query.Matches(r, c => kinds.TryGetValue(c, out var k) ? k : null)).ToList();
        var page = await store.GetScoresAsync(run.Id, query, Ct);
        Assert.Equal(matched.Count, page.Total);
        Assert.Equal(matched.Skip(query.Offset).Take(query.Limit ?? int.MaxValue), page.Rows);
    }

    [Fact]
    public async Task Scores_Query_OrderedByLevelNodeUnitPeriodWithMissingAsNaN()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var (run, rows) = await SaveQueryRunAsync(store);
        var page = await store.GetScoresAsync(run.Id, new ScoreQuery(), Ct);
        var expected = rows.OrderBy(r => r.Level).ThenBy(r => r.Node, StringComparer.Ordinal).ThenBy(r => r.Unit, StringComparer.Ordinal)
            .ThenBy(r => r.Period, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, page.Rows);
        Assert.Single(page.Rows, r => double.IsNaN(r.Score));
    }

    [Fact]
    public async Task Scores_Query_UnknownRun_EmptyAndZero()
    {
        await using var store = await CreateStoreAsync();
        var page = await store.GetScoresAsync(42, new ScoreQuery { Limit = 10 }, Ct);
        Assert.Empty(page.Rows);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Observations_OffsetAndLimit_PageOfTheOrderedRowsAndCountOfAll()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var everything = await ReadAllAsync(store, new ObservationQuery { TotalsOnly = false });
        var page = await ReadAllAsync(store, new ObservationQuery { TotalsOnly = false, Offset = 2, Limit = 3 });
        Assert.Equal(everything.Skip(2).Take(3), page);
        Assert.Equal(everything.Count, await store.CountObservationsAsync(new ObservationQuery { TotalsOnly = false, Offset = 2, Limit = 3 }, Ct));
        Assert.Equal(2, await store.CountObservationsAsync(new ObservationQuery { Indicators = ["FLOOD"], Areas = ["XA02"] }, Ct));
        Assert.Empty(await ReadAllAsync(store, new ObservationQuery { Offset = 100 }));
    }

    [Fact]
    public async Task DataVersion_GrowsOnEveryCommittedWriteOnly()
    {
        await using var store = await CreateStoreAsync();
        var v0 = store.DataVersion;
        await ImportAsync(store, DatasetKind.Areas, s => s.AddAreasAsync(StoreTestData.Areas, Ct));
        var v1 = store.DataVersion;
        Assert.True(v1 > v0, $"an import left the data version at {v1}");
        await using (var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Indicators), Ct))
            await session.AddIndicatorsAsync(StoreTestData.Indicators, Ct);
        await store.GetAreasAsync(Ct);
        await store.GetSummaryAsync(Ct);
        Assert.Equal(v1, store.DataVersion);
        var (run, _) = await SaveQueryRunAsync(store);
        var v2 = store.DataVersion;
        Assert.True(v2 > v1, "saving a run left the data version unchanged");
        Assert.True(await store.DeleteRunAsync(run.Id, Ct));
        Assert.True(store.DataVersion > v2, "deleting a run left the data version unchanged");
        Assert.False(await store.DeleteRunAsync(run.Id, Ct));
        Assert.True(store.DataVersion > v2);
    }
}
