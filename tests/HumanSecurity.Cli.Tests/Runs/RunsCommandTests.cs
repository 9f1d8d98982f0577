using System.Text.Json;
using HumanSecurity.Runs;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Runs;

/// <summary><c>hso runs list|show|delete</c> and <c>hso models list</c>.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class RunsCommandTests
{
    private static async Task<(TempDirectory Dir, string Db)> TwoRunsAsync()
    {
        var dir = new TempDirectory();
        var db = await RunsTestStore.CreateAsync(dir);
        var model = dir.Write("small.yaml", RunsTestStore.Model);
        Assert.Equal(0, (await CliHarness.RunAsync("index", "run", "--model", model, "--db", db, "--period", "2023")).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("index", "run", "--model", model, "--db", db, "--aggregate", "max")).Exit);
        return (dir, db);
    }

    [Fact]
    public async Task List_Json_EveryRunWithItsParameters()
    {
        var (dir, db) = await TwoRunsAsync();
        using var _ = dir;
        var r = await CliHarness.RunAsync("runs", "list", "--db", db, "--json");
        Assert.Equal(0, r.Exit);
        using var json = JsonDocument.Parse(r.Out);
        var runs = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([1L, 2L], runs.Select(x => x.GetProperty("id").GetInt64()));
        Assert.Equal("max", runs[1].GetProperty("parameters").GetProperty("aggregate").GetString());
        Assert.Equal(2023, runs[0].GetProperty("parameters").GetProperty("year").GetInt32());
        var table = await CliHarness.RunAsync("runs", "list", "--db", db);
        Assert.Contains("2 run(s)", table.Out, StringComparison.Ordinal);
        var reading = await CliHarness.RunAsync("runs", "list", "--db", db, "--dataset", "4", "--json");
        Assert.Equal([2L], JsonDocument.Parse(reading.Out).RootElement.EnumerateArray().Select(x => x.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Show_PrintsTheManifest()
    {
        var (dir, db) = await TwoRunsAsync();
        using var _ = dir;
        var json = await CliHarness.RunAsync("runs", "show", "2", "--db", db, "--json");
        Assert.Equal(0, json.Exit);
        var m = RunManifest.FromJson(json.Out);
        Assert.Equal(("small", "max"), (m.Model.Name, m.Options["aggregate"]!.GetValue<string>()));
        var text = await CliHarness.RunAsync("runs", "show", "2", "--db", db);
        Assert.Contains($"model:    small (file {dir.File("small.yaml")}), sha256 {m.Model.Hash}", text.Out, StringComparison.Ordinal);
        Assert.Contains("  dataset 4 (observations) obs2024.csv sha256 ", text.Out, StringComparison.Ordinal);
        Assert.Contains("  HAZ [aggregate, level 2, weight 1] max; min_share:0", text.Out, StringComparison.Ordinal);
        var missing = await CliHarness.RunAsync("runs", "show", "7", "--db", db);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("no run 7", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RemovesTheRunOnly()
    {
        var (dir, db) = await TwoRunsAsync();
        using var _ = dir;
        var r = await CliHarness.RunAsync("runs", "delete", "1", "--db", db);
        Assert.Equal(0, r.Exit);
        Assert.Contains("deleted run 1", r.Out, StringComparison.Ordinal);
        var left = await CliHarness.RunAsync("runs", "list", "--db", db, "--json");
        Assert.Equal([2L], JsonDocument.Parse(left.Out).RootElement.EnumerateArray().Select(x => x.GetProperty("id").GetInt64()));
        Assert.Equal(1, (await CliHarness.RunAsync("runs", "delete", "1", "--db", db)).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("verify", "--db", db, "--run", "2")).Exit);
    }

    [Fact]
    public async Task ModelsList_NamesReleasesTitles()
    {
        var r = await CliHarness.RunAsync("models", "list", "--json");
        Assert.Equal(0, r.Exit);
        using var json = JsonDocument.Parse(r.Out);
        var models = json.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        Assert.Equal("INFORM Risk Index 2020", models["inform-risk"].GetProperty("title").GetString());
        Assert.Equal("inform-risk:2020", models["inform-risk"].GetProperty("default").GetString());
        Assert.Equal(["2016", "2018", "2020"], models["inform-risk"].GetProperty("releases").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("human-security", models.Keys);
        var text = await CliHarness.RunAsync("models", "list");
        Assert.Contains("compound-risk", text.Out, StringComparison.Ordinal);
    }
}
