using System.Security.Cryptography;
using System.Text.Json;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

[Collection(nameof(ConsoleCollection))]
public sealed class StoreCommandsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    private string Write(string name, string content) => _dir.Write(name, content);

    private async Task SeedAsync()
    {
        var g = Write("areas.csv", "code,name,kind,parent,population,period\nXA,Xandria,country,,1000000,2024\nXA01,North,admin1,XA,600000,2024\nXA02,South,admin1,XA,400000,2024\n");
        var i = Write("indicators.csv", "code,name,unit,direction,cluster\nFLOOD,Flood exposure,%,higher_is_worse,climate\n");
        Assert.Equal(0, (await CliHarness.RunAsync("import", g, "--db", Db)).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("import", i, "--db", Db)).Exit);
    }

    [Fact]
    public async Task Init_CreatesStore()
    {
        var (exit, stdout, _) = await CliHarness.RunAsync("init", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Matches(@"ready \(schema version \d+\)", stdout);
        Assert.True(File.Exists(Db));
    }

    [Fact]
    public async Task Import_GoodFile_ReportsDatasetAndListsIt()
    {
        await SeedAsync();
        var obs = Write("obs.csv", "indicator,area,period,value\nFLOOD,XA01,2024,12.5\nFLOOD,XA02,2024,8\n");
        var (exit, stdout, stderr) = await CliHarness.RunAsync("import", obs, "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("imported obs.csv as dataset 3 (observations): 2 observations", stdout, StringComparison.Ordinal);
        Assert.Contains("commit: 2 rows in ", stderr, StringComparison.Ordinal);
        var datasets = await CliHarness.RunAsync("datasets", "--db", Db);
        Assert.Contains("obs.csv", datasets.Out, StringComparison.Ordinal);
        Assert.Contains("3 dataset(s)", datasets.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadFile_Exit1LocatedErrorsStoreUnchanged()
    {
        await SeedAsync();
        var before = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken)));
        var bad = Write("bad.csv", "indicator,area,period,value\nFLOOD,XA01,2024,1\nFLOOD,XA01,2025,abc\nFOO,XA02,2024,2\n");
        var (exit, stdout, stderr) = await CliHarness.RunAsync("import", bad, "--db", Db);
        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("read: 1 row in 0.0 s, 2 error(s), nothing will be written", lines);
        Assert.Equal(["error: bad.csv:3:value: 'abc' is not a number; expected a finite decimal number such as 12.5",
            "error: bad.csv:4:indicator: unknown indicator 'FOO'; expected an indicator in the store (import the catalogue first)"], lines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)));
        Assert.Equal("", stdout);
        Assert.Equal(before, Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken))));
    }

    [Fact]
    public async Task Import_DryRun_WritesNothing()
    {
        await SeedAsync();
        var obs = Write("obs.csv", "indicator,area,period,value\nFLOOD,XA01,2024,1\n");
        var (exit, stdout, _) = await CliHarness.RunAsync("import", obs, "--db", Db, "--dry-run");
        Assert.Equal(0, exit);
        Assert.Contains("dry run: obs.csv is valid", stdout, StringComparison.Ordinal);
        Assert.Contains("2 dataset(s)", (await CliHarness.RunAsync("datasets", "--db", Db)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DryRunWithoutStore_CreatesNoFile()
    {
        var areas = Write("areas.csv", "code,name,kind,parent\nXA,Xandria,country,\n");
        var (exit, stdout, _) = await CliHarness.RunAsync("import", areas, "--db", Db, "--dry-run");
        Assert.Equal(0, exit);
        Assert.Contains("dry run: areas.csv is valid (areas): 1 areas", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Import_MissingFileWithFormat_Exit1CreatesNoStore()
    {
        var (exit, _, stderr) = await CliHarness.RunAsync("import", _dir.File("nope.csv"), "--format", "observations", "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("error: nope.csv: file not found", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Import_UndetectableFormat_Exit1()
    {
        var odd = Write("odd.csv", "foo,bar\n1,2\n");
        var (exit, _, stderr) = await CliHarness.RunAsync("import", odd, "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("error: odd.csv:1: cannot tell the format: the file reads as csv but its header fits no importable layout; pass --format", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Areas_KindFilterAndJson()
    {
        await SeedAsync();
        var (exit, stdout, _) = await CliHarness.RunAsync("areas", "--db", Db, "--kind", "admin1", "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(["XA01", "XA02"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        var table = await CliHarness.RunAsync("areas", "--db", Db);
        Assert.Contains("Xandria", table.Out, StringComparison.Ordinal);
        Assert.Contains("3 area(s)", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_Json()
    {
        await SeedAsync();
        var (exit, stdout, _) = await CliHarness.RunAsync("indicators", "--db", Db, "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        var flood = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(("FLOOD", "climate"), (flood.GetProperty("code").GetString(), flood.GetProperty("cluster").GetString()));
    }

    [Fact]
    public async Task Areas_MissingStore_Exit3()
    {
        var (exit, _, stderr) = await CliHarness.RunAsync("areas", "--db", _dir.File("none.duckdb"));
        Assert.Equal(3, exit);
        Assert.Contains("no store here", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_DefaultsToHsoDbEnvironmentVariable()
    {
        var old = Environment.GetEnvironmentVariable("HSO_DB");
        Environment.SetEnvironmentVariable("HSO_DB", _dir.File("env.duckdb"));
        try
        {
            Assert.Equal(0, (await CliHarness.RunAsync("init")).Exit);
            Assert.True(File.Exists(_dir.File("env.duckdb")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HSO_DB", old);
        }
    }

    [Fact]
    public async Task Import_StoreLockedByAnotherProcess_Exit3NamesPid()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).Exit);
        var psi = new System.Diagnostics.ProcessStartInfo("python3", ["-c", $"import fcntl,time\nf=open('{Db}','r+')\nfcntl.lockf(f,fcntl.LOCK_EX)\nprint('locked',flush=True)\ntime.sleep(30)"])
        { RedirectStandardOutput = true };
        using var holder = System.Diagnostics.Process.Start(psi)!;
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
            var (exit, _, stderr) = await CliHarness.RunAsync("areas", "--db", Db);
            Assert.Equal(3, exit);
            Assert.Contains($"is in use by process {holder.Id}", stderr, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill();
        }
    }

    public void Dispose() => _dir.Dispose();
}
