using HumanSecurity.Formats.Catalogue;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Models;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Formats.Yaml;

namespace HumanSecurity.Formats.Tests.Yaml;

/// <summary>Issue 10, defect 3: deeply nested YAML (a stack overflow, exit 134, before) and alias bombs are located
/// errors in every YAML reader; mapping errors name keys, not .NET types (defect 10).</summary>
public sealed class YamlInputTests
{
    // 100,000 levels of flow lists, and of block mappings: either overflowed the stack in YamlDotNet or in a reader.
    private static readonly string DeepFlow = "name: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
    private static readonly string DeepBlock = "name: x\nindicators:\n" + string.Concat(Enumerable.Range(1, 5000).Select(i => new string(' ', i) + "a:\n"));

    private static string Bomb()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++) lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]");
        return string.Join('\n', lines) + "\n";
    }

    public static TheoryData<string, string> Readers => new()
    {
        { "model", DeepFlow }, { "model", DeepBlock }, { "model", Bomb() },
        { "poverty", DeepFlow }, { "poverty", Bomb() },
        { "perception", DeepFlow },
        { "indicators", "- code: " + new string('{', 50_000) },
        { "hxl-mapping", DeepFlow },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void HostileYaml_LocatedErrorNoStackOverflow(string reader, string text)
    {
        var problems = Read(reader, text);
        var error = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Matches(@"^f\.yaml:\d+:\d+$", error.Location);
        Assert.True(error.Message.Contains("nesting deeper than 64", StringComparison.Ordinal) || error.Message.Contains("expands to more than", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void NestingAtTheLimit_Accepted()
    {
        var text = "k: " + new string('[', YamlInput.MaxDepth - 1) + new string(']', YamlInput.MaxDepth - 1) + "\n";
        Assert.NotNull(YamlInput.Load(text, "f.yaml"));
        Assert.Throws<InvalidInputException>(() => YamlInput.Load("k: " + new string('[', YamlInput.MaxDepth) + new string(']', YamlInput.MaxDepth), "f.yaml"));
    }

    [Fact]
    public void MappingUnknownKey_NamesKeysNotDotNetTypes()
    {
        var e = Assert.Throws<InvalidInputException>(() => HxlMapping.Parse("area: '#adm1'\ncolour: red\n", "m.yaml"));
        var p = Assert.Single(e.Problems);
        Assert.Equal("m.yaml:2:1", p.Location);
        Assert.StartsWith("unknown key 'colour'; expected one of: ", p.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("HumanSecurity.", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingWrongKind_NoDotNetTypeNames()
    {
        var e = Assert.Throws<InvalidInputException>(() => HxlMapping.Parse("area: [a, b]\n", "m.yaml"));
        Assert.DoesNotContain("System.", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("HumanSecurity.", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("m.yaml:1:", e.Problems[0].Location, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Problem> Read(string reader, string text)
    {
        try
        {
            switch (reader)
            {
                case "model": ModelYamlReader.Read(text, "f.yaml"); break;
                case "poverty": PovertySpecReader.Parse(text, "f.yaml"); break;
                case "perception": PerceptionSpecReader.Parse(text, "f.yaml"); break;
                case "hxl-mapping": HxlMapping.Parse(text, "f.yaml"); break;
                default:
                    var problems = new ProblemList();
                    IndicatorsYamlImporter.Parse("f.yaml", text, problems);
                    return problems.Items;
            }
        }
        catch (InvalidInputException e)
        {
            return e.Problems;
        }
        throw new InvalidOperationException("expected a rejection");
    }
}
