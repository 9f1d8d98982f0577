using System.Globalization;
using HumanSecurity.ClickHouse;
using HumanSecurity.DuckDb;
using HumanSecurity.Storage;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.StoreCommands;

/// <summary>Store commands on ClickHouse (<c>--store clickhouse --clickhouse-url URL</c>), <c>hso store copy</c> from
/// DuckDB with the same numbers after, and the store options' usage errors.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ClickHouseCommandsTests(ClickHouseServers servers) : IClassFixture<ClickHouseServers>, IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly List<string> _urls = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string NewUrl(bool sharded)
    {
        var url = servers.NewStoreUrl(sharded, "hso_cli");
        _urls.Add(url);
        return url;
    }

    private static async Task<string> OkAsync(params string[] args)
    {
        var (exit, stdout, stderr) = await CliHarness.RunAsync(args);
        Assert.True(exit == 0, $"hso {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StoreCommands_OnClickHouse_ImportRunAndList(bool sharded)
    {
        var url = NewUrl(sharded);
        var files = ClickHouseCliFiles.Write(_dir);
        var (model, spec) = ClickHouseCliFiles.WriteModels(_dir);
        Assert.Contains("ready (schema version", await OkAsync("init", "--store", "clickhouse", "--clickhouse-url", url), StringComparison.Ordinal);
        foreach (var f in files) Assert.Contains("imported", await OkAsync("import", f, "--store", "clickhouse", "--clickhouse-url", url), StringComparison.Ordinal);
        Assert.Contains("5 dataset(s)", await OkAsync("datasets", "--clickhouse-url", url), StringComparison.Ordinal);
        Assert.Contains("XA03", await OkAsync("areas", "--db", url, "--kind", "admin1"), StringComparison.Ordinal);
        Assert.Contains("saved run 1", await OkAsync("index", "run", "--model", model, "--clickhouse-url", url, "--level", "admin1"), StringComparison.Ordinal);
        var poverty = await OkAsync("poverty", "run", "--spec", spec, "--store", "clickhouse", "--clickhouse-url", url, "--dataset", "5", "--out", _dir.File("p"));
        Assert.Contains("survey aggregated inside the store", poverty, StringComparison.Ordinal);
        Assert.Contains("run 2 saved", poverty, StringComparison.Ordinal);
        Assert.Contains("exported", await OkAsync("export", "--format", "sdmx-csv", "--clickhouse-url", url, "--out", _dir.File("o.csv")), StringComparison.Ordinal);
        Assert.StartsWith(HumanSecurity.Access.ApiTokenSecret.Prefix, (await OkAsync("tokens", "create", "--role", "viewer", "--name", "ci", "--db", url)).Trim(), StringComparison.Ordinal);
        Assert.Contains("token.create", await OkAsync("audit", "--db", url), StringComparison.Ordinal);
        Assert.Contains("2 run(s)", await OkAsync("runs", "list", "--db", url), StringComparison.Ordinal);
        Assert.Contains("deleted run 1", await OkAsync("runs", "delete", "1", "--db", url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreCopy_FromDuckDb_SameNumbersAfter()
    {
        var db = _dir.File("source.duckdb");
        var files = ClickHouseCliFiles.Write(_dir);
        var (model, spec) = ClickHouseCliFiles.WriteModels(_dir);
        foreach (var f in files) await OkAsync("import", f, "--db", db);
        await OkAsync("index", "run", "--model", model, "--db", db, "--level", "admin1");
        await OkAsync("poverty", "run", "--spec", spec, "--db", db, "--dataset", "5", "--out", _dir.File("duck"));
        await using (var duck = DuckDbStore.Open(db))
        {
            await using (var s = await duck.BeginImportAsync(new DatasetInfo(DatasetKind.Boundaries, "b.geojson", new string('e', 64)), Ct))
            {
                await s.AddGeometryAsync("XA01", """{"type":"Point","coordinates":[1.5,2]}""", Ct);
                await s.CommitAsync(Ct);
            }
            await duck.SetDatasetRestrictedAsync(3, true, Ct);
        }
        await OkAsync("tokens", "create", "--role", "analyst", "--name", "ci", "--db", db);
        await OkAsync("tokens", "create", "--role", "viewer", "--name", "old", "--db", db);
        await OkAsync("tokens", "revoke", "2", "--db", db);
        var url = NewUrl(sharded: true);
        var copy = await OkAsync("store", "copy", "--from", db, "--to", url);
        Assert.Contains("6 dataset(s)", copy, StringComparison.Ordinal);
        await using (var source = DuckDbStore.Open(db))
        await using (var target = await ClickHouseStore.OpenAsync(ClickHouseUrl.Parse(url), Ct))
            await StoreComparison.AssertSameAsync(source, target, Ct);
        await OkAsync("poverty", "run", "--spec", spec, "--clickhouse-url", url, "--dataset", "5", "--out", _dir.File("ch"));
        AssertSameCsv(_dir.File("duck/levels.csv"), _dir.File("ch/levels.csv"));
        var again = await CliHarness.RunAsync("store", "copy", "--from", db, "--to", url);
        Assert.Equal(1, again.Exit);
        Assert.Contains("is not empty (6 dataset(s), 3 run(s))", again.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("datasets --store clickhouse", 2, "--store clickhouse needs --clickhouse-url")]
    [InlineData("datasets --store duckdb --clickhouse-url clickhouse://h/db", 2, "--store duckdb takes a DuckDB file")]
    [InlineData("datasets --db x.duckdb --clickhouse-url clickhouse://h/db", 2, "not both")]
    [InlineData("datasets --store sqlite", 2, "sqlite")]
    [InlineData("datasets --clickhouse-url clickhouse://h:0/db", 1, "expected clickhouse://")]
    [InlineData("store copy --from x.duckdb --to y.duckdb", 2, "--to must be a ClickHouse store")]
    public async Task StoreOptions_Misused_UsageOrInputError(string command, int exit, string message)
    {
        var r = await CliHarness.RunAsync(command.Split(' '));
        Assert.Equal(exit, r.Exit);
        Assert.Contains(message, r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickHouse_Absent_StoreUnavailable()
    {
        var url = NewUrl(sharded: false);
        var r = await CliHarness.RunAsync("datasets", "--clickhouse-url", url);
        Assert.Equal(3, r.Exit);
        Assert.Contains("no store here", r.Err, StringComparison.Ordinal);
        var down = await CliHarness.RunAsync("datasets", "--clickhouse-url", "clickhouse://127.0.0.1:1/hso");
        Assert.Equal(3, down.Exit);
        Assert.Contains("cannot reach ClickHouse at 127.0.0.1:1", down.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ClickHouseStore_AnswersHealthAndApi()
    {
        var url = NewUrl(sharded: true);
        var files = ClickHouseCliFiles.Write(_dir);
        foreach (var f in files[..3]) await OkAsync("import", f, "--clickhouse-url", url);
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Console.SetOut(TextWriter.Synchronized(stdout));
        Console.SetError(TextWriter.Synchronized(new StringWriter()));
        try
        {
            var serving = HsoApp.RunAsync(["serve", "--store", "clickhouse", "--clickhouse-url", url, "--port", "0"], cts.Token);
            var address = await AddressAsync(stdout, serving);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            Assert.True((await http.GetAsync("/health", Ct)).IsSuccessStatusCode);
            var areas = await http.GetStringAsync("/api/areas", Ct);
            Assert.Contains("XA06", areas, StringComparison.Ordinal);
            Assert.Contains("FLOOD", await http.GetStringAsync("/api/observations?indicator=FLOOD&area=XA02", Ct), StringComparison.Ordinal);
            await cts.CancelAsync();
            Assert.Equal(0, await serving);
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    /// <summary>The address <c>hso serve</c> prints once it listens.</summary>
    private static async Task<string> AddressAsync(StringWriter stdout, Task<int> serving)
    {
        for (var i = 0; i < 600; i++)
        {
            if (System.Text.RegularExpressions.Regex.Match(stdout.ToString(), @"serving (http://\S+?)/ ") is { Success: true } m) return m.Groups[1].Value;
            if (serving.IsCompleted) Assert.Fail($"hso serve stopped with exit {await serving}: {stdout}");
            await Task.Delay(50, Ct);
        }
        throw new TimeoutException("hso serve did not print its address within 30 s: " + stdout);
    }

    private static void AssertSameCsv(string expected, string actual)
    {
        var (e, a) = (File.ReadAllLines(expected), File.ReadAllLines(actual));
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
        {
            var (ef, af) = (e[i].Split(','), a[i].Split(','));
            Assert.Equal(ef.Length, af.Length);
            for (var j = 0; j < ef.Length; j++)
            {
                if (double.TryParse(ef[j], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    && double.TryParse(af[j], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
                    Assert.True(Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(x)), $"line {i + 1} field {j + 1}: {ef[j]} vs {af[j]}");
                else Assert.Equal(ef[j], af[j]);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _dir.Dispose();
        if (servers.UnavailableReason is not null) return;
        foreach (var url in _urls)
        {
            await using var store = await ClickHouseStore.OpenAsync(ClickHouseUrl.Parse(url));
            await store.DropAsync();
        }
    }
}
