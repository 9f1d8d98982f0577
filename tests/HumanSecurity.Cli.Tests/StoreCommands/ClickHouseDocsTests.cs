using System.Text.RegularExpressions;
using HumanSecurity.ClickHouse;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.StoreCommands;

/// <summary>The ClickHouse examples of docs/store.md (its <c>```bash</c> blocks) run as written against the test servers,
/// with the documented exit codes; the example host and databases are replaced by a test server and fresh databases.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class ClickHouseDocsTests(ClickHouseServers servers) : IClassFixture<ClickHouseServers>
{
    [Fact]
    public async Task StoreDocs_ClickHouseCommands_RunAsWritten()
    {
        servers.Require();
        var text = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, "docs", "store.md"), TestContext.Current.CancellationToken);
        var lines = BashBlock().Matches(text).SelectMany(m => m.Groups[1].Value.Split('\n')).Select(l => l.Trim())
            .Where(l => l.StartsWith("hso ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 8, $"expected the ClickHouse examples in docs/store.md, found {lines.Count} commands");
        Assert.Contains(lines, l => l.Contains("store copy", StringComparison.Ordinal));
        var db = $"hso_doc_{Guid.NewGuid():N}"[..24];
        using var dir = new TempDirectory();
        try
        {
            foreach (var line in lines)
            {
                var expected = ExitComment().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                var args = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                    .Select(a => a.Replace("clickhouse://127.0.0.1:8123/hso", $"clickhouse://{servers.Nodes[0]}/{db}", StringComparison.Ordinal))
                    .Select(a => a.EndsWith(".duckdb", StringComparison.Ordinal) ? dir.File(a) : a.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(Fixtures.RepoRoot, a) : a)
                    .ToArray();
                var r = await CliHarness.RunAsync(args);
                Assert.True(r.Exit == expected, $"'{line}' exited {r.Exit}, expected {expected}\n{r.Err}");
            }
        }
        finally
        {
            foreach (var name in (string[])[db, db + "_copy"])
            {
                await using var store = await ClickHouseStore.OpenAsync(ClickHouseUrl.Parse($"clickhouse://{servers.Nodes[0]}/{name}"), TestContext.Current.CancellationToken);
                await store.DropAsync(TestContext.Current.CancellationToken);
            }
        }
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"#\s*exit\s+(\d+)")]
    private static partial Regex ExitComment();
}
