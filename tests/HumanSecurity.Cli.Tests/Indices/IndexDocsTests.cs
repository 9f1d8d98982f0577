using System.Text.RegularExpressions;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>Every <c>hso index</c> command in the model docs runs as written (file mode), and the YAML examples read and compile.</summary>
[Collection(IndexCliCollection.Name)]
public sealed partial class IndexDocsTests
{
    private static readonly string[] Pages = ["docs/index.md", "docs/models.md", "docs/models/inform-risk.md", "docs/models/compound-risk.md", "docs/models/human-security.md"];

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages)
        {
            var path = Path.Combine(Fixtures.RepoRoot, page);
            foreach (Match block in ShellBlock().Matches(File.ReadAllText(path)))
                foreach (var line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()))
                    if (line.StartsWith("hso index ", StringComparison.Ordinal) && !line.Contains("--db", StringComparison.Ordinal)) data.Add(page, line);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void DocCommand_RunsAsWritten(string page, string command)
    {
        using var dir = new TempDirectory();
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(a => Resolve(a, dir)).ToArray();
        var r = IndexCli.Run(args);
        Assert.True(r.Exit == 0, $"{page}: {command}\n{r.Err}");
        var expected = command.Contains(" from-coinr ", StringComparison.Ordinal) ? "asem/model.yaml"
            : command.Contains(" sensitivity ", StringComparison.Ordinal) ? "out/sobol.csv" : "out/scores.csv";
        Assert.True(File.Exists(dir.File(expected)), expected);
        if (command.Contains(" --panel", StringComparison.Ordinal))
            foreach (var file in new[] { "scores.csv", "trends.csv", "changes.csv" }) Assert.True(File.Exists(dir.File("out/panel/" + file)), file);
    }

    [Fact]
    public void ModelsDoc_YamlExample_IsTheExampleFileAndCompiles()
    {
        var doc = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs/models.md"));
        var yaml = YamlBlock().Match(doc).Groups[1].Value;
        var file = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs/examples/index/model.yaml"));
        Assert.Equal(file.Trim(), yaml.Trim());
        var model = ModelYamlReader.Read(yaml);
        Assert.Equal(["flood", "drought", "literacy", "HAZARD", "CAPACITY", "INDEX"], IndexTree.Compile(model).Codes);
    }

    private static string Resolve(string arg, TempDirectory dir)
    {
        if (arg is "out" or "asem") return dir.File(arg);
        if (arg.StartsWith("asem_", StringComparison.Ordinal)) return Fixtures.Get("coinr", arg);
        if (arg == "INFORM-2016.csv") return Fixtures.Get("inform", "INFORM-2016.csv");
        var inRepo = Path.Combine(Fixtures.RepoRoot, arg);
        return arg.Contains('/', StringComparison.Ordinal) && File.Exists(inRepo) ? inRepo : arg;
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
