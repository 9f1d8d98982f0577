using HumanSecurity.DuckDb;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>Store mode on the synthetic demo data: the catalogue-driven human-security model scores every area of a level,
/// rolls up by population, and saves the run with reliability rows.</summary>
[Collection(IndexCliCollection.Name)]
public sealed class IndexStoreModeTests
{
    private static string HumanSecurityModel => IndexDemoStore.HumanSecurityModel;

    private static Task<string> DemoStoreAsync(TempDirectory dir) => IndexDemoStore.CreateAsync(dir);

    [Fact]
    public async Task RunStore_HumanSecurityAdmin2_SavesScoresRollUpsAndReliability()
    {
        using var dir = new TempDirectory();
        var db = await DemoStoreAsync(dir);
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", db, "--level", "admin2", "--period", "2024");
        Assert.True(r.Exit == 0, r.Err);
        await using var store = DuckDbStore.Open(db);
        var run = Assert.Single(await store.GetRunsAsync(TestContext.Current.CancellationToken));
        Assert.Equal("human-security", run.Model);
        var rows = await store.GetScoresAsync(run.Id, TestContext.Current.CancellationToken);
        var areas = (await store.GetAreasAsync(TestContext.Current.CancellationToken)).ToDictionary(a => a.Code);
        var hsi = rows.Where(s => s.Node == "HSI").ToList();
        Assert.Equal(areas.Values.Count(a => a.Kind == Areas.AreaKind.Admin2), hsi.Count(s => areas[s.Unit].Kind == Areas.AreaKind.Admin2));
        Assert.All(hsi, s => Assert.InRange(s.Score, 0, 10));
        Assert.All(hsi, s => Assert.Equal("2024", s.Period));
        Assert.Contains(rows, s => s.Node == "HSI_IMPACT" && areas[s.Unit].Kind == Areas.AreaKind.Admin2);
        Assert.Contains(rows, s => s.Node == "HSI|data_age" && s.Level == 0);
        // A country's score is the population-weighted mean of its admin-1 scores.
        var country = areas.Values.First(a => a.Kind == Areas.AreaKind.Country);
        var children = areas.Values.Where(a => a.ParentCode == country.Code).ToList();
        var p = Observations.Period.FromYear(2024);
        var expected = children.Sum(c => c.PopulationAt(p)!.Value * hsi.Single(s => s.Unit == c.Code).Score) / children.Sum(c => c.PopulationAt(p)!.Value);
        Assert.Equal(expected, hsi.Single(s => s.Unit == country.Code).Score, 9);
        Assert.Contains("saved run", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunStore_UnknownLevel_UsageError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", dir.File("none.duckdb"), "--level", "province");
        Assert.Equal(2, r.Exit);
        Assert.Contains("--level: 'province'", r.Err, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task RunStore_CatalogueModelInFileMode_ExplainsDb()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--data", dir.Write("d.csv", "unit,a\nx,1\n"), "--out", dir.File("out"));
        Assert.Equal(1, r.Exit);
        Assert.Contains("run it with --db", r.Err, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task RunStore_InformModelOnStoreWithoutItsIndicators_LocatedError()
    {
        using var dir = new TempDirectory();
        var db = await DemoStoreAsync(dir);
        var r = IndexCli.Run("index", "run", "--model", Path.Combine(Fixtures.RepoRoot, "models", "inform-risk-2020.yaml"), "--db", db, "--level", "admin1");
        Assert.Equal(1, r.Exit);
        Assert.Contains("no observations", r.Err, StringComparison.Ordinal);
    }
}
