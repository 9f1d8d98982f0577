using System.Text.RegularExpressions;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary>The README's example runs as written (each <c>./hso</c> line in order, exit 0) in a fresh directory, and
/// its numbers table is made of rows that stand in the committed benchmark results.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "README.md"));

    [Fact]
    public async Task Example_RunsAsWritten()
    {
        var block = ExampleBlock().Match(Readme);
        Assert.True(block.Success, "README has no <!-- example:begin --> block");
        using var dir = new TempDirectory();
        var lines = block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("./hso ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 5, "README example has too few commands");
        foreach (var line in lines)
        {
            var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(a => Resolve(a, dir)).ToArray();
            var r = await CliHarness.RunAsync(args);
            Assert.True(r.Exit == 0, $"README: '{line}' exited {r.Exit}\n{r.Err}");
        }
        Assert.True(File.Exists(Path.Combine(dir.Path, "mpi", "levels.csv")));
    }

    [Fact]
    public async Task ErrorExample_IsWhatHsoPrints()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliHarness.RunAsync("demo-data", "--out", dir.File("data"), "--seed", "7")).Exit);
        var db = dir.File("my.duckdb");
        foreach (var f in new[] { "areas.csv", "indicators.csv" })
            Assert.Equal(0, (await CliHarness.RunAsync("import", Path.Combine(dir.Path, "data", f), "--db", db)).Exit);
        var before = await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken);
        var area = File.ReadLines(Path.Combine(dir.Path, "data", "areas.csv")).Skip(1).Select(l => l.Split(',')).First(c => c[2] == "admin2")[0];
        var bad = dir.Write("bad.csv", $"indicator,area,period,value\nCLM_DROUGHT_IDX,{area},2014,1.5\nCLM_DROUGHT_IDX,{area},2013,abc\nNOPE,{area},2012,1\n");
        var r = await CliHarness.RunAsync("import", bad, "--db", db);
        Assert.Equal(1, r.Exit);
        var documented = ErrorBlock().Match(Readme).Groups[1].Value.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(documented);
        foreach (var line in documented) Assert.Contains(line.Trim(), r.Err, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void NumbersTable_RowsStandInBenchmarkResults()
    {
        var table = NumbersBlock().Match(Readme);
        Assert.True(table.Success, "README has no <!-- benchmarks:begin --> block");
        var rows = table.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| benchmark", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        var results = Directory.GetFiles(Path.Combine(Fixtures.RepoRoot, "benchmarks", "results"), "*.md").Select(File.ReadAllText).ToList();
        foreach (var row in rows)
            Assert.True(results.Any(r => r.Contains("<!-- readme " + row + " -->", StringComparison.Ordinal)), $"README row not in any benchmarks/results file as '<!-- readme ROW -->': {row}");
    }

    private static string Resolve(string arg, TempDirectory dir) =>
        arg.StartsWith("models/", StringComparison.Ordinal) ? Path.Combine(Fixtures.RepoRoot, arg)
        : arg.StartsWith("data", StringComparison.Ordinal) || arg.EndsWith(".duckdb", StringComparison.Ordinal) || arg == "mpi" ? Path.Combine(dir.Path, arg)
        : arg;

    [GeneratedRegex("<!-- example:begin -->\\s*```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex("```text\\n\\$ ./hso import bad.csv[^\\n]*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ErrorBlock();

    [GeneratedRegex("<!-- benchmarks:begin -->(.*?)<!-- benchmarks:end -->", RegexOptions.Singleline)]
    private static partial Regex NumbersBlock();
}
