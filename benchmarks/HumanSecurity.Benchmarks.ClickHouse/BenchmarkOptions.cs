using System.Globalization;

namespace HumanSecurity.Benchmarks.ClickHouse;

/// <summary>Command-line options of the benchmark (see Program.cs for the usage line).</summary>
internal sealed record BenchmarkOptions
{
    public int Persons { get; init; } = 100_000_000;

    public IReadOnlyList<string>? Nodes { get; init; }

    public string? StartDirectory { get; init; }

    public string Cluster { get; init; } = "hso_two_shards";

    public string DuckDbPath { get; init; } = Path.Combine(Path.GetTempPath(), "hso-bench-census.duckdb");

    public int Repeats { get; init; } = 3;

    public string Output { get; init; } = Path.Combine("benchmarks", "results", "clickhouse.md");

    public bool Keep { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var o = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--persons" => o with { Persons = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture) },
                "--nodes" => o with { Nodes = Next().Split(',') },
                "--start" => o with { StartDirectory = Next() },
                "--cluster" => o with { Cluster = Next() },
                "--duckdb" => o with { DuckDbPath = Next() },
                "--repeats" => o with { Repeats = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture) },
                "--out" => o with { Output = Next() },
                "--keep" => o with { Keep = true },
                _ => throw new ArgumentException($"unknown option {args[i]}; see benchmarks/HumanSecurity.Benchmarks.ClickHouse/Program.cs"),
            };
        }
        if (o.Nodes is { Count: not 2 }) throw new ArgumentException("--nodes lists the HTTP address of the two shards: HOST:PORT,HOST:PORT");
        return o;
    }
}
