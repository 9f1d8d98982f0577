using System.Text.RegularExpressions;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary>Every <c>hso</c> command in the store, CSV, runs, area-matching and COD-AB docs runs as written, in order,
/// against a fresh store, with the documented exit code (<c># exit N</c>, else 0); every documented located error line,
/// and every documented <c>hso verify</c> verdict line, is what <c>hso</c> prints. <c>out/</c>, <c>*.duckdb</c> and
/// <c>*.report.csv</c> live in a fresh directory; <c>fixtures/...</c> arguments are the shared fixtures.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class StoreDocsTests
{
    [Theory]
    [InlineData("docs/store.md")]
    [InlineData("docs/formats/csv.md")]
    [InlineData("docs/runs.md")]
    [InlineData("docs/formats/area-matching.md")]
    [InlineData("docs/formats/cod-ab.md")]
    public async Task DocCommands_RunAsWritten(string page)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, page), TestContext.Current.CancellationToken);
        using var dir = new TempDirectory();
        var stderr = new List<string>();
        var stdout = new List<string>();
        var commands = ShellBlock().Matches(text).SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => l.Trim()).Where(l => l.StartsWith("hso ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        foreach (var line in commands)
        {
            var expected = ExitComment().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var args = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(a => Resolve(a, dir)).ToArray();
            var r = await CliHarness.RunAsync(args);
            Assert.True(r.Exit == expected, $"{page}: '{line}' exited {r.Exit}, expected {expected}\n{r.Err}");
            stderr.AddRange(r.Err.Split('\n', StringSplitOptions.TrimEntries));
            stdout.AddRange(r.Out.Split('\n', StringSplitOptions.TrimEntries));
        }
        foreach (Match block in TextBlock().Matches(text))
        {
            foreach (var documented in block.Groups[1].Value.Split('\n').Where(l => LocatedError().IsMatch(l)))
                Assert.Contains(documented.Trim(), stderr);
            foreach (var documented in block.Groups[1].Value.Split('\n').Where(l => l.StartsWith("equal: run ", StringComparison.Ordinal)))
                Assert.Contains(documented.Trim(), stdout);
        }
    }

    private static string Resolve(string arg, TempDirectory dir) =>
        arg.EndsWith(".duckdb", StringComparison.Ordinal) || arg.EndsWith(".report.csv", StringComparison.Ordinal) || arg == "out" || arg.StartsWith("out/", StringComparison.Ordinal) ? dir.File(arg)
        : arg.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(Fixtures.RepoRoot, arg)
        : arg.StartsWith("fixtures/", StringComparison.Ordinal) ? Fixtures.Get(arg["fixtures/".Length..].Split('/'))
        : arg;

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();

    [GeneratedRegex(@"#\s*exit (\d+)")]
    private static partial Regex ExitComment();

    [GeneratedRegex(@"^error: [\w.-]+\.csv:\d+")]
    private static partial Regex LocatedError();
}
