using HumanSecurity.DuckDb;
using HumanSecurity.Runs;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Runs;

/// <summary><c>hso verify --db DB --run ID</c> on index and poverty store runs: the manifest records the overrides, the
/// recomputation reads exactly the datasets it names, and changed or deleted datasets are reported.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class VerifyStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TempDirectory Dir, string Db, RunManifest Manifest)> OverrideRunAsync()
    {
        var dir = new TempDirectory();
        var db = await RunsTestStore.CreateAsync(dir);
        var weights = dir.Write("w.csv", "iCode,Weight\nFLOOD,2\nVUL,3\n");
        var r = await CliHarness.RunAsync("index", "run", "--model", dir.Write("small.yaml", RunsTestStore.Model), "--db", db, "--level", "admin1",
            "--aggregate", "gmean", "--weights", weights);
        Assert.True(r.Exit == 0, r.Err);
        await using var store = DuckDbStore.Open(db);
        var run = await store.GetRunAsync(1, Ct);
        return (dir, db, RunManifest.FromJson(run!.ManifestJson!));
    }

    [Fact]
    public async Task StoreRun_WithOverrides_ManifestRecordsThemAndVerifyIsEqual()
    {
        var (dir, db, m) = await OverrideRunAsync();
        using var _ = dir;
        Assert.Equal("gmean", m.Options["aggregate"]!.GetValue<string>());
        Assert.Equal(2, m.Options["weights"]!["FLOOD"]!.GetValue<double>());
        Assert.Equal(3, m.Options["weights"]!["VUL"]!.GetValue<double>());
        Assert.Equal(("admin1", 2024, 5), (m.Options["level"]!.GetValue<string>(), m.Options["year"]!.GetValue<int>(), m.Options["look_back"]!.GetValue<int>()));
        Assert.Equal("gmean", m.Nodes.Single(n => n.Code == "HAZ").Method);
        Assert.Equal(2, m.Nodes.Single(n => n.Code == "FLOOD").Weight);
        Assert.Equal(3, m.Nodes.Single(n => n.Code == "VUL").Weight);
        var weights = m.Inputs.File("weights")!;
        Assert.Equal(ContentHash.OfBytes(File.ReadAllBytes(dir.File("w.csv"))), weights.Sha256);
        Assert.Equal([1L, 2L, 3L, 4L], m.Inputs.Store!.DatasetIds);
        Assert.Equal(4, m.Inputs.Store.DataVersion);
        Assert.Equal(["2024"], m.Periods);
        Assert.Equal(ContentHash.OfText(RunsTestStore.Model), m.Model.Hash);
        var v = await CliHarness.RunAsync("verify", "--db", db, "--run", "1");
        Assert.True(v.Exit == 0, v.Out + v.Err);
        Assert.StartsWith("equal: run 1", v.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ChangedObservation_DifferentNamingNodeAndArea()
    {
        var (dir, db, _) = await OverrideRunAsync();
        using var _d = dir;
        RunsTestStore.Execute(db, "UPDATE observation_rows SET value = value + 4 WHERE dataset_id = 4 AND area_id = (SELECT id FROM area_codes WHERE code = 'XA03')");
        var v = await CliHarness.RunAsync("verify", "--db", db, "--run", "1", "--json");
        Assert.Equal(1, v.Exit);
        using var report = System.Text.Json.JsonDocument.Parse(v.Out);
        Assert.Equal("different", report.RootElement.GetProperty("outcome").GetString());
        var idx = report.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node").GetString() == "IDX");
        Assert.True(idx.GetProperty("max_abs_difference").GetDouble() > 0);
        Assert.StartsWith("XA", idx.GetProperty("worst_unit").GetString(), StringComparison.Ordinal);
        Assert.Equal("2024", idx.GetProperty("worst_period").GetString());
        var text = await CliHarness.RunAsync("verify", "--db", db, "--run", "1");
        Assert.Equal(1, text.Exit);
        Assert.Contains("node IDX:", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DatasetHashChangedOrGone_CannotVerifyNamingIt()
    {
        var (dir, db, _) = await OverrideRunAsync();
        using var _d = dir;
        RunsTestStore.Execute(db, $"UPDATE datasets SET sha256 = '{new string('f', 64)}' WHERE id = 3");
        var changed = await CliHarness.RunAsync("verify", "--db", db, "--run", "1");
        Assert.Equal(3, changed.Exit);
        Assert.Contains("dataset 3 (observations, obs2023.csv) changed: its SHA-256 was", changed.Out, StringComparison.Ordinal);
        RunsTestStore.Execute(db, "DELETE FROM observation_rows WHERE dataset_id = 4; DELETE FROM datasets WHERE id = 4");
        var gone = await CliHarness.RunAsync("verify", "--db", db, "--run", "1");
        Assert.Equal(3, gone.Exit);
        Assert.Contains("dataset 4 (observations, obs2024.csv) that the run read is gone from the store", gone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NewerDatasetImported_RecomputesOnTheSnapshotEqual()
    {
        var (dir, db, _) = await OverrideRunAsync();
        using var _d = dir;
        // XA06 had no 2024 flood value (the run used 2023's); a later import adds one, which the snapshot leaves out.
        var later = await CliHarness.RunAsync("import", dir.Write("late.csv", "indicator,area,period,value\nFLOOD,XA06,2024,99\n"), "--db", db);
        Assert.Equal(0, later.Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("verify", "--db", db, "--run", "1")).Exit);
        var fresh = await CliHarness.RunAsync("index", "run", "--model", dir.File("small.yaml"), "--db", db, "--level", "admin1", "--aggregate", "gmean", "--weights", dir.File("w.csv"));
        Assert.Equal(0, fresh.Exit);
        await using var store = DuckDbStore.Open(db);
        var first = (await store.GetScoresAsync(1, Ct)).Single(s => s.Unit == "XA06" && s.Node == "FLOOD").Score;
        var second = (await store.GetScoresAsync(2, Ct)).Single(s => s.Unit == "XA06" && s.Node == "FLOOD").Score;
        Assert.NotEqual(first, second);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], RunManifest.FromJson((await store.GetRunAsync(2, Ct))!.ManifestJson!).Inputs.Store!.DatasetIds);
        Assert.Equal([2L], (await store.GetRunsReadingAsync(5, Ct)).Select(r => r.Id));
    }

    [Fact]
    public async Task Verify_PanelRuns_EachRecomputesEqual()
    {
        using var dir = new TempDirectory();
        var db = await RunsTestStore.CreateAsync(dir);
        var r = await CliHarness.RunAsync("index", "run", "--model", dir.Write("small.yaml", RunsTestStore.Model), "--db", db, "--period", "2023:2024");
        Assert.True(r.Exit == 0, r.Err);
        foreach (var id in new[] { "1", "2" })
        {
            var v = await CliHarness.RunAsync("verify", "--db", db, "--run", id);
            Assert.True(v.Exit == 0, v.Out + v.Err);
        }
    }

    [Fact]
    public async Task PovertyStoreRun_RecordsMinCountAndNoSe_VerifyEqual()
    {
        using var dir = new TempDirectory();
        Poverty.PovertyStoreTests.WriteSurvey(dir, 300);
        var db = dir.File("s.duckdb");
        Assert.Equal(0, (await CliHarness.RunAsync("import", dir.File("svy_households.csv"), "--db", db)).Exit);
        var spec = dir.Write("s.yaml", Poverty.PovertyStoreTests.Spec);
        var r = await CliHarness.RunAsync("poverty", "run", "--spec", spec, "--db", db, "--dataset", "1", "--by", "adm1,adm2", "--min-count", "20", "--no-se", "--out", dir.File("o"));
        Assert.True(r.Exit == 0, r.Err);
        await using (var store = DuckDbStore.Open(db))
        {
            var run = (await store.GetRunAsync(1, Ct))!;
            var m = RunManifest.FromJson(run.ManifestJson!);
            Assert.Equal("poverty", m.Kind);
            Assert.Equal((20, false, 1L), (m.Options["min_count"]!.GetValue<int>(), m.Options["standard_errors"]!.GetValue<bool>(), m.Options["dataset"]!.GetValue<long>()));
            Assert.Equal(["adm1", "adm2"], m.Options["over"]!.AsArray().Select(n => n!.GetValue<string>()));
            Assert.Contains("\"min_count\":20", run.ParametersJson, StringComparison.Ordinal);
            Assert.Equal([1L], m.Inputs.Store!.DatasetIds);
            Assert.True(m.Counts.SuppressedCells > 0);
            Assert.Equal(ContentHash.OfText(Poverty.PovertyStoreTests.Spec), m.Model.Hash);
            Assert.Equal(m.ToJson(), RunManifest.FromJson(File.ReadAllText(dir.File("o/run.json"))).ToJson());
        }
        var v = await CliHarness.RunAsync("verify", "--db", db, "--run", "1");
        Assert.True(v.Exit == 0, v.Out + v.Err);
    }

    [Fact]
    public async Task Verify_UnknownRunOrNoRunGiven()
    {
        using var dir = new TempDirectory();
        var db = await RunsTestStore.CreateAsync(dir);
        var unknown = await CliHarness.RunAsync("verify", "--db", db, "--run", "9");
        Assert.Equal(3, unknown.Exit);
        Assert.Contains("run 9: no such run", unknown.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await CliHarness.RunAsync("verify", "--db", db)).Exit);
        Assert.Equal(2, (await CliHarness.RunAsync("verify", dir.File("run.json"), "--db", db, "--run", "1")).Exit);
    }
}
