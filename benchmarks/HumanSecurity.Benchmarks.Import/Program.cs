using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Benchmarks.Import;

// Usage: dotnet artifacts/bin/HumanSecurity.Benchmarks.Import/release/HumanSecurity.Benchmarks.Import.dll [rows=10000000] [rounds=3] [workdir]
// Times, in the same process and interleaved, (a) hso's validated atomic import of a long-form observation CSV into a
// fresh DuckDB store file and (b) DuckDB's own INSERT INTO ... SELECT FROM read_csv of the same file into a fresh file.
// Wall time and process CPU time (all threads, native DuckDB included) are reported; medians over the rounds.
var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var dir = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "hso-import-bench");
Directory.CreateDirectory(dir);
var csv = Path.Combine(dir, "observations.csv");
var clock = Stopwatch.StartNew();
if (!File.Exists(csv) || File.ReadLines(csv).Skip(1).LongCount() != rows)
{
    BenchmarkData.Write(dir, rows);
    Console.WriteLine($"generated {rows:N0} rows ({new FileInfo(csv).Length / 1e6:N0} MB) in {clock.Elapsed.TotalSeconds:N1} s");
}

var ours = new List<Timing>();
var duck = new List<Timing>();
for (var round = 1; round <= rounds; round++)
{
    ours.Add(await ImportRuns.OursAsync(dir, csv));
    duck.Add(ImportRuns.DuckDb(dir, csv));
    Console.WriteLine($"round {round}: hso {ours[^1]}, duckdb {duck[^1]}");
}

var o = Timing.Median(ours);
var d = Timing.Median(duck);
Console.WriteLine();
Console.WriteLine($"| import of {rows:N0} rows (median of {rounds}) | wall (s) | rows/s (wall) | CPU (s) |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| hso import (every row validated, atomic) | {o.Wall:N2} | {rows / o.Wall:N0} | {o.Cpu:N2} |");
Console.WriteLine($"| DuckDB INSERT INTO ... SELECT FROM read_csv | {d.Wall:N2} | {rows / d.Wall:N0} | {d.Cpu:N2} |");
Console.WriteLine($"| ratio hso / DuckDB | {o.Wall / d.Wall:N2}x | | {o.Cpu / d.Cpu:N2}x |");
Console.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
