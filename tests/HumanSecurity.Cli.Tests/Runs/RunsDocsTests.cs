using System.Globalization;
using System.Text.RegularExpressions;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Runs;

/// <summary>Every <c>hso</c> command of docs/runs.md runs as written, in order, in a fresh directory, with the documented
/// exit code (<c># exit N</c>, else 0), and the documented <c>hso verify</c> line is what hso prints.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class RunsDocsTests
{
    [Fact]
    public async Task RunsDoc_CommandsRunAsWritten()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, "docs", "runs.md"), TestContext.Current.CancellationToken);
        using var dir = new TempDirectory();
        var stdout = new List<string>();
        var commands = ShellBlock().Match(text).Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("hso ", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count >= 10, "docs/runs.md has too few commands");
        foreach (var line in commands)
        {
            var expected = ExitComment().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var args = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(a => Resolve(a, dir)).ToArray();
            var r = await CliHarness.RunAsync(args);
            Assert.True(r.Exit == expected, $"docs/runs.md: '{line}' exited {r.Exit}, expected {expected}\n{r.Out}\n{r.Err}");
            stdout.AddRange(r.Out.Split('\n', StringSplitOptions.TrimEntries));
        }
        var documented = TextBlock().Match(text).Groups[1].Value.Trim();
        Assert.StartsWith("equal: run 1:", documented, StringComparison.Ordinal);
        Assert.Contains(documented, stdout);
    }

    private static string Resolve(string arg, TempDirectory dir) =>
        arg.EndsWith(".duckdb", StringComparison.Ordinal) || arg == "out" || arg.StartsWith("out/", StringComparison.Ordinal) ? dir.File(arg)
        : arg.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(Fixtures.RepoRoot, arg)
        : arg;

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();

    [GeneratedRegex(@"#\s*exit (\d+)")]
    private static partial Regex ExitComment();
}
