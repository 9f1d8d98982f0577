using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using HumanSecurity.Benchmarks.Formats;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;

// Usage: dotnet run -c Release --project benchmarks/HumanSecurity.Benchmarks.Formats -- [rows=10000000] [workdir]
var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var dir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "hso-hxl-bench");
Directory.CreateDirectory(dir);
var hxl = Path.Combine(dir, "observations.hxl.csv");
var marker = Path.Combine(dir, "rows.txt");
var clock = Stopwatch.StartNew();
if (!File.Exists(hxl) || !File.Exists(marker) || File.ReadAllText(marker) != rows.ToString(CultureInfo.InvariantCulture))
{
    HxlBenchmarkData.Write(dir, rows);
    File.WriteAllText(marker, rows.ToString(CultureInfo.InvariantCulture));
    Console.WriteLine($"generated {rows:N0} HXL rows ({new FileInfo(hxl).Length / 1e6:N0} MB) in {clock.Elapsed.TotalSeconds:N1} s");
}

if (args.Length > 2 && args[2] == "phases")
{
    Phases.Run(hxl);
    return;
}

var ours = await TimeOursAsync(dir, hxl);
var duck = TimeDuckDb(dir, hxl);
Console.WriteLine();
Console.WriteLine("| import | time (s) | observations/s |");
Console.WriteLine("|---|---:|---:|");
Console.WriteLine($"| hso import --format hxl (validated, atomic) | {ours:N2} | {rows / ours:N0} |");
Console.WriteLine($"| DuckDB INSERT INTO ... SELECT FROM read_csv (skip hashtag row) | {duck:N2} | {rows / duck:N0} |");
Console.WriteLine($"ratio hso / DuckDB = {ours / duck:N2}x (target <= 1.5x)");

static async Task<double> TimeOursAsync(string dir, string hxl)
{
    var db = Fresh(Path.Combine(dir, "ours.duckdb"));
    await using var store = DuckDbStore.Open(db);
    foreach (var (format, file) in new[] { ("areas", "areas.csv"), ("indicators", "indicators.csv") })
        await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(Path.Combine(dir, file)), store, null, CancellationToken.None);
    var clock = Stopwatch.StartNew();
    var result = await DatasetImporters.Find("hxl")!.ImportAsync(new ImportRequest(hxl), store, null, CancellationToken.None);
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"hso: {result.RowCounts["observations"]:N0} observations as dataset {result.Dataset!.Id} in {seconds:N2} s (peak working set {Environment.WorkingSet / 1e6:N0} MB)");
    return seconds;
}

static double TimeDuckDb(string dir, string hxl)
{
    var db = Fresh(Path.Combine(dir, "duckdb.duckdb"));
    using var connection = new DuckDBConnection($"Data Source={db}");
    connection.Open();
    Execute(connection, "CREATE TABLE observations (area VARCHAR, period DATE, indicator VARCHAR, value DOUBLE, sex VARCHAR)");
    var clock = Stopwatch.StartNew();
    Execute(connection, $"INSERT INTO observations SELECT * FROM read_csv('{hxl}', skip = 2, header = false, columns = {{'area': 'VARCHAR', 'period': 'DATE', 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'sex': 'VARCHAR'}})");
    Execute(connection, "CHECKPOINT");
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"duckdb: read_csv into a fresh file in {seconds:N2} s");
    return seconds;
}

static string Fresh(string path)
{
    foreach (var f in new[] { path, path + ".wal" }) File.Delete(f);
    return path;
}

static void Execute(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}
