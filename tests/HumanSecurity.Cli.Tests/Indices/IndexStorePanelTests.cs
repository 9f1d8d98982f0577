using HumanSecurity.DuckDb;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>Store mode panels (<c>--period FROM:TO</c>): one saved run per year in ascending order, rows tagged with the year;
/// and <c>--keep-steps --out</c> in store mode.</summary>
[Collection(IndexCliCollection.Name)]
public sealed class IndexStorePanelTests
{
    private static string HumanSecurityModel => IndexDemoStore.HumanSecurityModel;

    private static Task<string> DemoStoreAsync(TempDirectory dir) => IndexDemoStore.CreateAsync(dir);

    [Fact]
    public async Task StorePanel_Range_SavesOneRunPerYearLatestLast()
    {
        using var dir = new TempDirectory();
        var db = await DemoStoreAsync(dir);
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", db, "--level", "admin1", "--period", "2022:2024", "--out", dir.File("out"));
        Assert.True(r.Exit == 0, r.Err);
        await using var store = DuckDbStore.Open(db);
        var runs = (await store.GetRunsAsync(TestContext.Current.CancellationToken)).OrderBy(x => x.Id).ToList();
        Assert.Equal(3, runs.Count);
        var periods = new List<string>();
        foreach (var run in runs)
        {
            var rows = await store.GetScoresAsync(run.Id, TestContext.Current.CancellationToken);
            periods.Add(Assert.Single(rows.Select(s => s.Period).Distinct())!);
            Assert.Contains("\"panel\":{\"from\":2022,\"to\":2024}", run.ParametersJson, StringComparison.Ordinal);
        }
        Assert.Equal(["2022", "2023", "2024"], periods);
        var trends = File.ReadAllLines(dir.File("out/panel/trends.csv"));
        Assert.Contains(trends, l => l.Contains(",HSI,2022,2024,", StringComparison.Ordinal));
        Assert.True(File.Exists(dir.File("out/panel/changes.csv")));
    }

    [Fact]
    public async Task StorePanel_ScoresUsePooledBounds_DifferFromSingleYearRun()
    {
        using var dir = new TempDirectory();
        var db = await DemoStoreAsync(dir);
        Assert.Equal(0, IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", db, "--period", "2024").Exit);
        Assert.Equal(0, IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", db, "--period", "2020:2024").Exit);
        await using var store = DuckDbStore.Open(db);
        var runs = (await store.GetRunsAsync(TestContext.Current.CancellationToken)).OrderBy(x => x.Id).ToList();
        var single = (await store.GetScoresAsync(runs[0].Id, TestContext.Current.CancellationToken)).Where(s => s.Node == "HSI").ToDictionary(s => s.Unit, s => s.Score);
        var inPanel = (await store.GetScoresAsync(runs[^1].Id, TestContext.Current.CancellationToken)).Where(s => s.Node == "HSI").ToDictionary(s => s.Unit, s => s.Score);
        Assert.Equal(single.Keys.Order(), inPanel.Keys.Order());
        Assert.Contains(single.Keys, u => Math.Abs(single[u] - inPanel[u]) > 1e-9);
    }

    [Fact]
    public async Task StorePanel_PanelWithoutRange_UsageError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", dir.File("none.duckdb"), "--panel");
        Assert.Equal(2, r.Exit);
        Assert.Contains("--period FROM:TO", r.Err, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task StorePanel_FractionalYears_UsageError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", dir.File("none.duckdb"), "--period", "2019.5:2025");
        Assert.Equal(2, r.Exit);
        Assert.Contains("whole years", r.Err, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Store_KeepStepsWithOut_WritesSteps()
    {
        using var dir = new TempDirectory();
        var db = await DemoStoreAsync(dir);
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", db, "--keep-steps", "--out", dir.File("out"));
        Assert.True(r.Exit == 0, r.Err);
        Assert.True(File.Exists(dir.File("out/steps/raw.csv")));
        Assert.True(File.Exists(dir.File("out/steps/aggregated.csv")));
        Assert.StartsWith("unit,", File.ReadLines(dir.File("out/steps/normalised.csv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_KeepStepsWithoutOut_UsageError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", dir.File("none.duckdb"), "--keep-steps");
        Assert.Equal(2, r.Exit);
        Assert.Contains("give --out", r.Err, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task StorePanel_YearBeforeAnyData_ErrorNamesPeriodAndSavesNothing()
    {
        using var dir = new TempDirectory();
        var db = await DemoStoreAsync(dir);
        var r = IndexCli.Run("index", "run", "--model", HumanSecurityModel, "--db", db, "--period", "1900:2024");
        Assert.Equal(1, r.Exit);
        Assert.Contains("period 1900", r.Err, StringComparison.Ordinal);
        await using var store = DuckDbStore.Open(db);
        Assert.Empty(await store.GetRunsAsync(TestContext.Current.CancellationToken));
    }
}
