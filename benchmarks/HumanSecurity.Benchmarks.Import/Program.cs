using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using HumanSecurity.Benchmarks.Import;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;

// Usage: dotnet run -c Release --project benchmarks/HumanSecurity.Benchmarks.Import -- [rows=10000000] [workdir]
var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var dir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "hso-import-bench");
Directory.CreateDirectory(dir);
var csv = Path.Combine(dir, "observations.csv");
var clock = Stopwatch.StartNew();
if (!File.Exists(csv) || File.ReadLines(csv).Skip(1).LongCount() != rows)
{
    BenchmarkData.Write(dir, rows);
    Console.WriteLine($"generated {rows:N0} rows ({new FileInfo(csv).Length / 1e6:N0} MB) in {clock.Elapsed.TotalSeconds:N1} s");
}

var ours = await TimeOursAsync(dir, csv);
var duck = TimeDuckDb(dir, csv);
Console.WriteLine();
Console.WriteLine("| import | time (s) | rows/s |");
Console.WriteLine("|---|---:|---:|");
Console.WriteLine($"| hso import (validated, atomic) | {ours:N2} | {rows / ours:N0} |");
Console.WriteLine($"| DuckDB INSERT INTO ... SELECT FROM read_csv | {duck:N2} | {rows / duck:N0} |");
Console.WriteLine($"ratio hso / DuckDB = {ours / duck:N2}x (target <= 1.5x)");

static async Task<double> TimeOursAsync(string dir, string csv)
{
    var db = Fresh(Path.Combine(dir, "ours.duckdb"));
    await using var store = DuckDbStore.Open(db);
    foreach (var (format, file) in new[] { ("areas", "areas.csv"), ("indicators", "indicators.csv") })
        await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(Path.Combine(dir, file)), store, null, CancellationToken.None);
    var clock = Stopwatch.StartNew();
    var result = await DatasetImporters.Find("observations")!.ImportAsync(new ImportRequest(csv), store, null, CancellationToken.None);
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"hso: {result.Rows:N0} rows as dataset {result.Dataset!.Id} in {seconds:N2} s");
    return seconds;
}

static double TimeDuckDb(string dir, string csv)
{
    var db = Fresh(Path.Combine(dir, "duckdb.duckdb"));
    using var connection = new DuckDBConnection($"Data Source={db}");
    connection.Open();
    Execute(connection, "CREATE TABLE observations (indicator VARCHAR, area VARCHAR, period VARCHAR, value DOUBLE, sex VARCHAR, grp VARCHAR)");
    var clock = Stopwatch.StartNew();
    Execute(connection, $"INSERT INTO observations SELECT * FROM read_csv('{csv}', header = true, columns = {{'indicator': 'VARCHAR', 'area': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE', 'sex': 'VARCHAR', 'group': 'VARCHAR'}})");
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
