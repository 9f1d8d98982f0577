using System.Text.RegularExpressions;
using HumanSecurity.DuckDb;
using HumanSecurity.Demo;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>Every store-mode <c>hso index run ... --db demo.duckdb</c> command in docs/index.md runs as written on the demo store.</summary>
[Collection(IndexCliCollection.Name)]
public sealed partial class IndexDocsStoreTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (Match block in ShellBlock().Matches(File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs/index.md"))))
            foreach (var line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()))
                if (line.StartsWith("hso index run ", StringComparison.Ordinal) && line.Contains("--db demo.duckdb", StringComparison.Ordinal)) data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task DocStoreCommand_RunsOnDemoStore(string command)
    {
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.File("demo"), DemoDataGenerator.DefaultSeed);
        var db = dir.File("demo.duckdb");
        await using (var store = DuckDbStore.Open(db))
        {
            foreach (var file in new[] { "areas.csv", "indicators.csv", "observations.csv" })
            {
                var path = dir.File(Path.Combine("demo", file));
                await DatasetImporters.Resolve(path, null).ImportAsync(new ImportRequest(path), store, null, CancellationToken.None);
            }
        }
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a switch { "demo.duckdb" => db, "out" => dir.File("out"), _ when a.StartsWith("models/", StringComparison.Ordinal) => Path.Combine(Fixtures.RepoRoot, a), _ => a })
            .ToArray();
        var r = IndexCli.Run(args);
        Assert.True(r.Exit == 0, $"{command}\n{r.Err}");
        Assert.Contains("saved run", r.Out, StringComparison.Ordinal);
        if (command.Contains(":20", StringComparison.Ordinal) && command.Contains("--out", StringComparison.Ordinal))
            Assert.True(File.Exists(dir.File("out/panel/trends.csv")));
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
