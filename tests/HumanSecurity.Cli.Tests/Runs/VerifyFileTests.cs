using HumanSecurity.Runs;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Runs;

/// <summary><c>hso verify OUT/run.json</c>: re-runs a file-mode run on the files its manifest names.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class VerifyFileTests
{
    private const string Data = "unit,FLOOD,DROUGHT,POOR\nA,1,5,7\nB,4,2,9\nC,8,3,1\nD,2,,4\n";

    private static async Task<(int Exit, string Out, string Err)> RunIndexAsync(TempDirectory dir, params string[] extra) =>
        await CliHarness.RunAsync([.. new[] { "index", "run", "--model", dir.Write("small.yaml", RunsTestStore.Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out") }, .. extra]);

    [Fact]
    public async Task IndexFileRun_Verify_Equal()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await RunIndexAsync(dir, "--impute", "mean", "--treat", "default")).Exit);
        var m = RunManifest.FromJson(File.ReadAllText(dir.File("out/run.json")));
        Assert.Equal((ContentHash.OfBytes(File.ReadAllBytes(dir.File("d.csv"))), Path.GetFullPath(dir.File("d.csv"))), (m.Inputs.File("data")!.Sha256, m.Inputs.File("data")!.Path));
        Assert.Equal(1, m.Counts.ImputedCells);
        Assert.Equal("mean", m.Options["impute"]!.GetValue<string>());
        var v = await CliHarness.RunAsync("verify", dir.File("out/run.json"));
        Assert.True(v.Exit == 0, v.Out + v.Err);
        Assert.Contains("24 score(s) on 6 node(s) compared", v.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexFileRun_DataChanged_DifferentNamingTheHashes()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await RunIndexAsync(dir)).Exit);
        var before = ContentHash.OfBytes(File.ReadAllBytes(dir.File("d.csv")));
        dir.Write("d.csv", Data.Replace("B,4,2,9", "B,4,2,3", StringComparison.Ordinal));
        var after = ContentHash.OfBytes(File.ReadAllBytes(dir.File("d.csv")));
        var v = await CliHarness.RunAsync("verify", dir.File("out/run.json"));
        Assert.Equal(1, v.Exit);
        Assert.Contains($"changed: its SHA-256 was {before}, is now {after}", v.Out, StringComparison.Ordinal);
        Assert.Contains("node POOR:", v.Out, StringComparison.Ordinal);
        File.Delete(dir.File("d.csv"));
        var gone = await CliHarness.RunAsync("verify", dir.File("out/run.json"));
        Assert.Equal(3, gone.Exit);
        Assert.Contains("d.csv that the run read is gone", gone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexFileRun_ScoresFileEdited_Different()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await RunIndexAsync(dir)).Exit);
        var scores = File.ReadAllLines(dir.File("out/scores.csv"));
        var line = Array.FindIndex(scores, l => l.StartsWith("B,IDX,", StringComparison.Ordinal));
        var cells = scores[line].Split(',');
        cells[3] = "1";
        scores[line] = string.Join(',', cells);
        File.WriteAllLines(dir.File("out/scores.csv"), scores);
        var v = await CliHarness.RunAsync("verify", dir.File("out/run.json"));
        Assert.Equal(1, v.Exit);
        Assert.Contains("node IDX: 1 of 4 score(s) differ", v.Out, StringComparison.Ordinal);
        Assert.Contains(" at B", v.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PanelFileRun_Verify_Equal()
    {
        using var dir = new TempDirectory();
        var model = dir.Write("p.yaml", RunsTestStore.Model + "\ntime_column: year\n");
        var data = dir.Write("p.csv", "unit,year,FLOOD,DROUGHT,POOR\nA,2020,1,5,7\nB,2020,4,2,9\nA,2022,3,4,6\nB,2022,5,1,8\n");
        Assert.Equal(0, (await CliHarness.RunAsync("index", "run", "--model", model, "--data", data, "--out", dir.File("out"), "--panel")).Exit);
        Assert.Equal(["2020", "2022"], RunManifest.FromJson(File.ReadAllText(dir.File("out/run.json"))).Periods);
        var v = await CliHarness.RunAsync("verify", dir.File("out/run.json"));
        Assert.True(v.Exit == 0, v.Out + v.Err);
    }

    [Fact]
    public async Task PovertyFileRun_Verify_EqualThenRosterChangedDifferent()
    {
        using var dir = new TempDirectory();
        Poverty.PovertyStoreTests.WriteSurvey(dir, 120);
        var spec = dir.Write("s.yaml", Poverty.PovertyStoreTests.Spec);
        var r = await CliHarness.RunAsync("poverty", "run", "--spec", spec, "--data", dir.File("svy_households.csv"), "--roster", dir.File("svy_persons.csv"), "--by", "adm1", "--out", dir.File("o"));
        Assert.True(r.Exit == 0, r.Err);
        var m = RunManifest.FromJson(File.ReadAllText(dir.File("o/run.json")));
        Assert.Equal(["households", "roster"], m.Inputs.Files.Select(f => f.Role));
        var v = await CliHarness.RunAsync("verify", dir.File("o/run.json"));
        Assert.True(v.Exit == 0, v.Out + v.Err);
        File.WriteAllText(dir.File("svy_persons.csv"), File.ReadAllText(dir.File("svy_persons.csv")).Replace(",0\n", ",11\n", StringComparison.Ordinal));
        var changed = await CliHarness.RunAsync("verify", dir.File("o/run.json"));
        Assert.Equal(1, changed.Exit);
        Assert.Contains("the roster file", changed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SensitivityRun_HasManifestButIsNotRecomputed()
    {
        using var dir = new TempDirectory();
        var r = await CliHarness.RunAsync("index", "sensitivity", "--model", dir.Write("small.yaml", RunsTestStore.Model), "--data", dir.Write("d.csv", Data.Replace("D,2,,4", "D,2,1,4", StringComparison.Ordinal)),
            "--out", dir.File("s"), "--vary", "weights:0.2", "--runs", "20", "--seed", "9");
        Assert.True(r.Exit == 0, r.Err);
        var m = RunManifest.FromJson(File.ReadAllText(dir.File("s/run.json")));
        Assert.Equal(("sensitivity", 9L, 20), (m.Kind, m.Seed!.Value, m.Options["runs"]!.GetValue<int>()));
        Assert.Equal("weights:0.2", m.Options["vary"]![0]!.GetValue<string>());
        var v = await CliHarness.RunAsync("verify", dir.File("s/run.json"));
        Assert.Equal(3, v.Exit);
        Assert.Contains("kind 'sensitivity'", v.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NotAManifest_CannotVerify()
    {
        using var dir = new TempDirectory();
        var v = await CliHarness.RunAsync("verify", dir.Write("run.json", "{ not json"));
        Assert.Equal(3, v.Exit);
        Assert.Contains("not a run manifest", v.Out, StringComparison.Ordinal);
        Assert.Equal(3, (await CliHarness.RunAsync("verify", dir.File("missing/run.json"))).Exit);
    }
}
