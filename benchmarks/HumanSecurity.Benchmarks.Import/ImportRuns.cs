using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Benchmarks.Import;

/// <summary>Wall and process CPU seconds of one run.</summary>
internal readonly record struct Timing(double Wall, double Cpu)
{
    public static Timing Median(List<Timing> runs) =>
        new(runs.Select(r => r.Wall).Order().ElementAt(runs.Count / 2), runs.Select(r => r.Cpu).Order().ElementAt(runs.Count / 2));

    public static Timing Measure(Action work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        return new Timing(clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Wall:N2} s wall / {Cpu:N2} s CPU");
}

/// <summary>The two contenders.</summary>
internal static class ImportRuns
{
    public static async Task<Timing> OursAsync(string dir, string csv)
    {
        var db = Fresh(Path.Combine(dir, "ours.duckdb"));
        await using var store = DuckDbStore.Open(db);
        foreach (var (format, file) in new[] { ("areas", "areas.csv"), ("indicators", "indicators.csv") })
            await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(Path.Combine(dir, file)), store, null, CancellationToken.None);
        ImportResult? result = null;
        var timing = Timing.Measure(() =>
            result = DatasetImporters.Find("observations")!.ImportAsync(new ImportRequest(csv), store, null, CancellationToken.None).GetAwaiter().GetResult());
        if (result!.Dataset is null) throw new InvalidOperationException("import did not commit");
        return timing;
    }

    public static Timing DuckDb(string dir, string csv)
    {
        var db = Fresh(Path.Combine(dir, "duckdb.duckdb"));
        using var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        Execute(connection, "CREATE TABLE observations (indicator VARCHAR, area VARCHAR, period VARCHAR, value DOUBLE, sex VARCHAR, grp VARCHAR)");
        return Timing.Measure(() =>
        {
            Execute(connection, $"INSERT INTO observations SELECT * FROM read_csv('{csv}', header = true, columns = {{'indicator': 'VARCHAR', 'area': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE', 'sex': 'VARCHAR', 'group': 'VARCHAR'}})");
            Execute(connection, "CHECKPOINT");
        });
    }

    private static string Fresh(string path)
    {
        foreach (var f in new[] { path, path + ".wal" }) File.Delete(f);
        return path;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
