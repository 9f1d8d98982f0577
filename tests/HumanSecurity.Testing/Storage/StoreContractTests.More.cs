using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Datasets_RecordProvenanceAndCounts()
    {
        await using var store = await CreateStoreAsync();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        await SeedAsync(store);
        var datasets = await store.GetDatasetsAsync(Ct);
        Assert.Equal([1L, 2L, 3L], datasets.Select(d => d.Id));
        Assert.Equal([DatasetKind.Areas, DatasetKind.Indicators, DatasetKind.Observations], datasets.Select(d => d.Kind));
        Assert.Equal(["areas.csv", "indicators.csv", "obs.csv"], datasets.Select(d => d.SourceFile));
        Assert.Equal([3L, 2L, 7L], datasets.Select(d => d.RowCount));
        Assert.All(datasets, d => Assert.Equal(new string('a', 64), d.Sha256));
        Assert.All(datasets, d => Assert.InRange(d.ImportedAt, before, DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task Import_DisposedWithoutCommit_LeavesNothing()
    {
        await using var store = await CreateStoreAsync();
        await using (var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas), Ct))
        {
            await session.AddAreasAsync(StoreTestData.Areas, Ct);
            await session.AddIndicatorsAsync(StoreTestData.Indicators, Ct);
            await session.AppendObservationsAsync(StoreTestData.Observations(), Ct);
            await session.AddGeometryAsync("XA01", "{}", Ct);
            await session.AddSurveyTableAsync("households", StoreTestData.Households(), Ct);
        }
        var s = await store.GetSummaryAsync(Ct);
        Assert.Equal((0L, 0L, 0L, 0L, 0L), (s.Datasets, s.Areas, s.Indicators, s.Observations, s.SurveyHouseholds));
        Assert.Empty(await store.GetGeometriesAsync(Ct));
    }

    [Fact]
    public async Task Import_NotVisibleBeforeCommit()
    {
        await using var store = await CreateStoreAsync();
        await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas), Ct);
        await session.AddAreasAsync(StoreTestData.Areas, Ct);
        Assert.Empty(await store.GetAreasAsync(Ct));
        await session.CommitAsync(Ct);
        Assert.Equal(3, (await store.GetAreasAsync(Ct)).Count);
    }

    [Fact]
    public async Task Reimport_ReplacesCatalogueEntries()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var renamed = StoreTestData.Areas[1] with { Name = "North (new)", Populations = [new(Period.FromYear(2024), 710_000)] };
        await ImportAsync(store, DatasetKind.Areas, s => s.AddAreasAsync([renamed], Ct));
        var areas = await store.GetAreasAsync(Ct);
        Assert.Equal(3, areas.Count);
        Assert.Equal("North (new)", areas[1].Name);
        Assert.Equal(710_000, Assert.Single(areas[1].Populations).Population);
    }

    [Fact]
    public async Task Import_SameCodeTwiceInOneImport_LastWins()
    {
        await using var store = await CreateStoreAsync();
        await ImportAsync(store, DatasetKind.Areas, async s =>
        {
            await s.AddAreasAsync([StoreTestData.Areas[0] with { Name = "first" }], Ct);
            await s.AddAreasAsync([StoreTestData.Areas[0] with { Name = "second" }], Ct);
        });
        Assert.Equal("second", Assert.Single(await store.GetAreasAsync(Ct)).Name);
    }

    [Fact]
    public async Task Geometries_RoundTripAndReplace()
    {
        await using var store = await CreateStoreAsync();
        const string square = """{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}""";
        await ImportAsync(store, DatasetKind.Boundaries, async s =>
        {
            await s.AddGeometryAsync("XA01", "{}", Ct);
            await s.AddGeometryAsync("XA01", square, Ct);
            await s.AddGeometryAsync("XA02", square, Ct);
        });
        var g = await store.GetGeometriesAsync(Ct);
        Assert.Equal(2, g.Count);
        Assert.Equal(square, g["XA01"]);
    }

    [Fact]
    public async Task SurveyTables_RoundTripWithMissingValues()
    {
        await using var store = await CreateStoreAsync();
        var persons = new Tables.ColumnTable("persons", [new Tables.TextColumn("hh_id", ["h1", "h1"]), new Tables.NumericColumn("age", [34, 7])]);
        var dataset = await ImportAsync(store, DatasetKind.Survey, async s =>
        {
            await s.AddSurveyTableAsync("households", StoreTestData.Households(), Ct);
            await s.AddSurveyTableAsync("persons", persons, Ct);
        });
        var table = await store.GetSurveyTableAsync(dataset.Id, "households", Ct);
        Assert.NotNull(table);
        Assert.Equal(["hh_id", "weight", "area"], table.Columns.Select(c => c.Name));
        Assert.Equal(["h1", "h2", null], ((Tables.TextColumn)table["hh_id"]).Values);
        var weights = ((Tables.NumericColumn)table["weight"]).Values;
        Assert.Equal([1.5, 2.0], weights[..2]);
        Assert.True(double.IsNaN(weights[2]));
        var storedPersons = await store.GetSurveyTableAsync(dataset.Id, "persons", Ct);
        Assert.NotNull(storedPersons);
        Assert.Equal([34.0, 7.0], ((Tables.NumericColumn)storedPersons["age"]).Values);
        Assert.Null(await store.GetSurveyTableAsync(dataset.Id, "children", Ct));
        Assert.Null(await store.GetSurveyTableAsync(dataset.Id + 1, "households", Ct));
        var summary = await store.GetSummaryAsync(Ct);
        Assert.Equal((3L, 2L), (summary.SurveyHouseholds, summary.SurveyPersons));
        Assert.Equal(5, dataset.RowCount);
    }

    [Fact]
    public async Task Programmes_RoundTripEveryField()
    {
        await using var store = await CreateStoreAsync();
        await ImportAsync(store, DatasetKind.Programmes, s => s.AddProgrammesAsync(StoreTestData.Programmes, Ct));
        var got = await store.GetProgrammesAsync(Ct);
        Assert.Equal(2, got.Count);
        var expected = StoreTestData.Programmes[0];
        var p = got[0];
        Assert.Equal((expected.Id, expected.Title, expected.Status, expected.Start, expected.End), (p.Id, p.Title, p.Status, p.Start, p.End));
        Assert.Equal(expected.Areas, p.Areas);
        Assert.Equal(expected.Clusters, p.Clusters);
        Assert.Equal(expected.Sdgs, p.Sdgs);
        Assert.Equal((expected.Budget, expected.Currency, expected.Leveraged, expected.Funder, expected.Prevention, expected.TargetPeople),
            (p.Budget, p.Currency, p.Leveraged, p.Funder, p.Prevention, p.TargetPeople));
        Assert.Empty(got[1].Areas);
        Assert.Null(got[1].Budget);
    }

    [Fact]
    public async Task Runs_SaveAndReadScores()
    {
        await using var store = await CreateStoreAsync();
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var first = await store.SaveRunAsync(new RunRecord(0, "index", "inform", "abc", 3, at) { ParametersJson = "{\"level\":1}" },
            [new("XA01", "HAZ", 2, "2024", 5.5, 1, "high"), new("XA02", "HAZ", 2, "2024", double.NaN, 0, null)], Ct);
        var second = await store.SaveRunAsync(new RunRecord(0, "poverty", "mpi", "def", 3, at), [], Ct);
        Assert.Equal((1L, 2L), (first.Id, second.Id));
        var runs = await store.GetRunsAsync(Ct);
        Assert.Equal([first, second], runs);
        var scores = await store.GetScoresAsync(first.Id, Ct);
        Assert.Equal(2, scores.Count);
        Assert.Equal(new ScoreRow("XA01", "HAZ", 2, "2024", 5.5, 1, "high"), scores[0]);
        Assert.True(double.IsNaN(scores[1].Score));
        Assert.Empty(await store.GetScoresAsync(second.Id, Ct));
        Assert.Equal(2, (await store.GetSummaryAsync(Ct)).Runs);
    }

    [Fact]
    public async Task Observations_ManyChunks_StreamInOrderWhileStoreStaysUsable()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var big = new ObservationChunk(70_000);
        for (var i = 0; i < big.Capacity; i++) big.Add("LIT", "XA02", Period.FromDay(new DateOnly(2000, 1, 1).AddDays(i)), Disaggregation.Total, i);
        await ImportAsync(store, DatasetKind.Observations, s => s.AppendObservationsAsync(big, Ct));
        var chunks = 0;
        var previous = -1.0;
        long rows = 0;
        await foreach (var chunk in store.GetObservationsAsync(new ObservationQuery { Indicators = ["LIT"], Areas = ["XA02"] }, Ct))
        {
            chunks++;
            Assert.Equal(7 + big.Capacity, (await store.GetSummaryAsync(Ct)).Observations);
            for (var i = 0; i < chunk.Count; i++)
            {
                Assert.True(chunk.Value[i] > previous);
                previous = chunk.Value[i];
            }
            rows += chunk.Count;
        }
        Assert.Equal(big.Capacity, rows);
        Assert.True(chunks >= 2);
    }
}
