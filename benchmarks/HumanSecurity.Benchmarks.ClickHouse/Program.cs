using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Benchmarks.ClickHouse;
using HumanSecurity.ClickHouse;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty;
using HumanSecurity.Storage;

// Usage (from the repository root, Release):
//   dotnet run -c Release --project benchmarks/HumanSecurity.Benchmarks.ClickHouse -- [--persons 100000000]
//       [--nodes HOST:PORT,HOST:PORT | --start DIR] [--cluster hso_two_shards] [--duckdb FILE] [--repeats 3]
//       [--out benchmarks/results/clickhouse.md] [--keep]
// --start DIR starts the two local servers of scripts/clickhouse.sh with their data under DIR and stops them at the end.
var options = BenchmarkOptions.Parse(args);
var inv = CultureInfo.InvariantCulture;
using var servers = options.StartDirectory is { } dir ? LocalServers.Start(dir) : null;
var nodes = servers?.Nodes ?? options.Nodes ?? throw new ArgumentException("give --nodes HOST:PORT,HOST:PORT or --start DIR");

Console.WriteLine(string.Create(inv, $"generating about {options.Persons:N0} persons ..."));
var sw = Stopwatch.StartNew();
var (households, persons) = CensusSurvey.Create(options.Persons / 5);
var generated = sw.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(inv, $"generated {households.RowCount:N0} households, {persons.RowCount:N0} persons in {generated:F1} s"));
var spec = BuiltInPovertySpecs.Load("global-mpi") with { Over = ["adm2"] };

var targets = new List<Target>
{
    new("DuckDB file", () => Task.FromResult<IStore>(DuckDbStore.Open(options.DuckDbPath))),
    new("ClickHouse, one node", () => FreshAsync($"clickhouse://{nodes[0]}/hso_bench_single")),
    new("ClickHouse, two shards", () => FreshAsync($"clickhouse://{nodes[0]},{nodes[1]}/hso_bench_sharded?cluster={options.Cluster}")),
};
if (File.Exists(options.DuckDbPath)) File.Delete(options.DuckDbPath);
foreach (var t in targets)
{
    t.Store = await t.Open();
    Console.WriteLine($"loading into {t.Name} ...");
    GC.Collect();
    sw.Restart();
    await using (var session = await t.Store.BeginImportAsync(new DatasetInfo(DatasetKind.Survey, "census.csv", new string('0', 64))))
    {
        await session.AddSurveyTableAsync("households", households);
        await session.AddSurveyTableAsync("persons", persons);
        t.DatasetId = (await session.CommitAsync()).Id;
    }
    t.LoadSeconds = sw.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(inv, $"  {t.LoadSeconds:F1} s, {(households.RowCount + persons.RowCount) / t.LoadSeconds:N0} rows/s"));
}
var rows = (Households: households.RowCount, Persons: persons.RowCount);
(households, persons) = (null!, null!);

foreach (var t in targets)
{
    for (var r = 0; r < options.Repeats; r++)
    {
        GC.Collect();
        sw.Restart();
        var source = await StoreSurveyAggregation.AggregateAsync(t.Store!, t.DatasetId, spec, standardErrors: true, t.Name);
        var aggregated = sw.Elapsed.TotalSeconds;
        t.Result = PovertyEstimator.Estimate(source.Cells, spec);
        t.MpiSeconds.Add(sw.Elapsed.TotalSeconds);
        t.AggregateSeconds.Add(aggregated);
        (t.InStore, t.Declined, t.Cells) = (source.InStore, source.Reason, source.Cells.Count);
        Console.WriteLine(string.Create(inv, $"MPI on {t.Name}: {t.MpiSeconds[^1]:F1} s (aggregation {aggregated:F1} s, {(source.InStore ? "in the store" : "in process")})"));
    }
}
var report = new BenchmarkReport(rows.Households, rows.Persons, generated, targets, options);
var markdown = report.ToMarkdown();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
File.WriteAllText(options.Output, markdown);
Console.WriteLine(markdown);
foreach (var t in targets)
{
    if (!options.Keep && t.Store is ClickHouseStore ch) await ch.DropAsync();
    await t.Store!.DisposeAsync();
}
if (!options.Keep) File.Delete(options.DuckDbPath);
return report.MaxDifference <= 1e-9 ? 0 : 1;

static async Task<IStore> FreshAsync(string url)
{
    var parsed = ClickHouseUrl.Parse(url);
    await using (var old = await ClickHouseStore.OpenAsync(parsed)) await old.DropAsync();
    return await ClickHouseStore.OpenAsync(parsed);
}
