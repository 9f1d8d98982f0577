using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Models;
using HumanSecurity.Runs;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Runs;

/// <summary>Built-in model names in file and store mode, and one model hash for a file and the same built-in model.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class BuiltInModelRunTests
{
    [Fact]
    public void Library_ShippedBesideTheBinary_HasTheModels()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "models"), ModelLibrary.BuiltIn.Directory);
        foreach (var name in new[] { "human-security", "inform-risk", "compound-risk" }) Assert.Contains(name, ModelLibrary.BuiltIn.Names);
    }

    [Fact]
    public async Task FileMode_BuiltInInformName_RunsAndVerifies()
    {
        using var dir = new TempDirectory();
        var data = Fixtures.Get("inform", "INFORM-2016.csv");
        var r = await CliHarness.RunAsync("index", "run", "--model", "inform-risk:2016", "--data", data, "--out", dir.File("o"));
        Assert.True(r.Exit == 0, r.Err);
        var m = RunManifest.FromJson(File.ReadAllText(dir.File("o/run.json")));
        Assert.Equal((ModelIdentity.BuiltIn, "inform-risk:2016", "2016"), (m.Model.Origin, m.Model.Reference, m.Model.Release));
        Assert.Equal(ModelLibrary.BuiltIn.Find("inform-risk:2016")!.Path, m.Model.Path);
        Assert.Equal("inform-risk-2020", ModelLibrary.BuiltIn.Load("inform-risk").Model.Name);
        Assert.Equal(0, (await CliHarness.RunAsync("verify", dir.File("o/run.json"))).Exit);
    }

    [Fact]
    public async Task FileAndBuiltIn_SameModel_OneHash()
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(ModelLibrary.BuiltIn.Find("compound-risk")!.Path);
        var crlf = dir.Write("compound-crlf.yaml", text.Replace("\n", "\r\n", StringComparison.Ordinal));
        var byName = ModelLibrary.BuiltIn.Load("compound-risk").Identity;
        var byFile = ModelLibrary.BuiltIn.Load(crlf).Identity;
        Assert.Equal(byName.Hash, byFile.Hash);
        Assert.Equal(ContentHash.OfText(text), byName.Hash);
        Assert.Equal((ModelIdentity.BuiltIn, ModelIdentity.File), (byName.Origin, byFile.Origin));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task StoreMode_BuiltInNameAndItsFile_SameHashInBothRuns()
    {
        using var dir = new TempDirectory();
        var db = await Indices.IndexDemoStore.CreateAsync(dir);
        Assert.Equal(0, (await CliHarness.RunAsync("index", "run", "--model", "human-security", "--db", db, "--level", "admin1")).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("index", "run", "--model", Path.Combine(Fixtures.RepoRoot, "models", "human-security.yaml"), "--db", db, "--level", "admin1")).Exit);
        await using var store = DuckDbStore.Open(db);
        var runs = await store.GetRunsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, runs.Count);
        Assert.Equal(runs[0].ModelHash, runs[1].ModelHash);
        var first = RunManifest.FromJson((await store.GetRunAsync(runs[0].Id, TestContext.Current.CancellationToken))!.ManifestJson!);
        Assert.Equal(ModelIdentity.BuiltIn, first.Model.Origin);
    }
}
