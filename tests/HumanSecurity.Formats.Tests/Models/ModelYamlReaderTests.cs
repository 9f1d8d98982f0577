using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;

namespace HumanSecurity.Formats.Tests.Models;

public sealed class ModelYamlReaderTests
{
    private const string Good = """
        name: demo
        defaults:
          normalise: minmax:0:10
          aggregate: amean
          aggregate_by_level:
            3: gmean
        classes:
          - { label: Low, from: 0 }
          - { label: High, from: 5 }
        indicators:
          - code: a
            parent: P
            direction: -1
            weight: 2
            goalposts: [0, 100]
            treat: default:3
          - code: b
            parent: [P, Q]
        nodes:
          - code: P
            parent: Top
            aggregate: softmax:11
            min_share: 0.5
          - code: Q
          - code: Top
        """;

    [Fact]
    public void Read_FullModel_AllFieldsParsed()
    {
        var m = ModelYamlReader.Read(Good);
        Assert.Equal("demo", m.Name);
        Assert.Equal(new NormaliseSpec(NormaliseMethod.MinMax, 0, 10), m.Defaults.Normalise);
        Assert.Equal(AggregationMethod.GeometricMean, m.Defaults.AggregateByLevel[3].Method);
        var a = m.Indicators[0];
        Assert.Equal((-1, 2.0, 0.0, 100.0), (a.Direction, a.Weight, a.GoalMin!.Value, a.GoalMax!.Value));
        Assert.Equal(new TreatSpec(TreatMethod.Default, 3), a.Treat);
        Assert.Equal(["Q"], m.Indicators[1].ExtraParents);
        Assert.Equal(new AggregateSpec(AggregationMethod.SoftMax, 11), m.Nodes[0].Aggregate);
        Assert.Equal(0.5, m.Nodes[0].MinShare);
        Assert.Equal(2, m.Classes.Count);
        Assert.Equal("model.yaml:11:indicators[0]", a.Location);
    }

    [Fact]
    public void WriteThenRead_RoundTrips()
    {
        var m = ModelYamlReader.Read(Good);
        var again = ModelYamlReader.Read(ModelYamlWriter.Write(m));
        Assert.Equal(m.Indicators.Select(i => (i.Code, i.Parent, i.Direction, i.Weight, i.GoalMin, i.Treat)), again.Indicators.Select(i => (i.Code, i.Parent, i.Direction, i.Weight, i.GoalMin, i.Treat)));
        Assert.Equal(m.Nodes.Select(n => (n.Code, n.Parent, n.Aggregate, n.MinShare)), again.Nodes.Select(n => (n.Code, n.Parent, n.Aggregate, n.MinShare)));
    }

    [Fact]
    public void Read_UnknownKey_NamesKeyAndLine()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelYamlReader.Read("name: x\nindicators:\n  - code: a\n    parent: P\n    wieght: 2\nnodes:\n  - code: P\n"));
        var p = Assert.Single(e.Problems);
        Assert.Equal("model.yaml:5:indicators[0].wieght", p.Location);
        Assert.Contains("unknown key 'wieght'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongType_NamesKeyAndLine()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelYamlReader.Read("name: x\nindicators:\n  - code: a\n    parent: P\n    weight: heavy\nnodes:\n  - code: P\n"));
        var p = Assert.Single(e.Problems);
        Assert.Equal("model.yaml:5:indicators[0].weight", p.Location);
        Assert.Contains("key 'weight' expects a number; got 'heavy'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadAggregation_ListsAcceptedForms()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelYamlReader.Read("name: x\ndefaults:\n  aggregate: average\nindicators: []\n"));
        Assert.Contains(e.Problems, p => p.Location == "model.yaml:3:defaults.aggregate" && p.Message.Contains("amean", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenYaml_ReportsLine()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelYamlReader.Read("name: x\nindicators: [\n  - code: a\n", "m.yaml"));
        Assert.StartsWith("m.yaml:", e.Problems[0].Location, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingParent_Reported()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelYamlReader.Read("name: x\nindicators:\n  - code: a\nnodes: []\n"));
        Assert.Contains(e.Problems, p => p.Location == "model.yaml:3:indicators[0]" && p.Message.Contains("'parent'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BuiltInModels_Compile()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(HumanSecurity.Testing.Fixtures.RepoRoot, "models"), "*.yaml"))
        {
            var m = ModelYamlReader.ReadFile(file);
            if (!m.FromCatalogue) Assert.NotEmpty(IndexTree.Compile(m).Codes);
        }
    }
}

public sealed class ModelYamlScaleTests
{
    [Fact]
    public void Read_Scale_SetsMinMaxDefault()
    {
        var m = ModelYamlReader.Read("name: x\nscale: [0, 10]\nindicators:\n  - { code: a, parent: P }\nnodes:\n  - { code: P }\n");
        Assert.Equal(new NormaliseSpec(NormaliseMethod.MinMax, 0, 10), m.Defaults.Normalise);
    }

    [Fact]
    public void Read_BadScale_Located()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelYamlReader.Read("name: x\nscale: [10, 0]\nindicators: []\n"));
        Assert.Contains(e.Problems, p => p.Location == "model.yaml:2:scale" && p.Message.Contains("'scale'", StringComparison.Ordinal));
    }
}
