using HumanSecurity.Indices;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Runs;

/// <summary>The index runner on file data: the manifest records what each node used after overrides, and the counts.</summary>
public sealed class IndexRunnerTests
{
    private static IndexRequest Request(IndexModel model, IndexData data, PipelineOptions? options = null) =>
        new(model, ModelIdentity.FromText(model.Name, "flat.yaml", null, ModelIdentity.File, "/m/flat.yaml", "name: flat\n"),
            new IndexFileSource(data, [new InputFile("data", "/d.csv", new string('a', 64))]))
        {
            Options = options ?? new PipelineOptions(),
        };

    [Fact]
    public async Task Run_Overrides_RecordedInOptionsAndNodes()
    {
        var data = Data(["u1", "u2", "u3"], ("a", [1, 2, double.NaN]), ("b", [4, 5, 6]));
        var options = new PipelineOptions
        {
            Aggregate = AggregateSpec.Parse("gmean"), Weights = new Dictionary<string, double> { ["a"] = 3 },
            Impute = ImputeSpec.Parse("mean"), Normalise = NormaliseSpec.Parse("minmax:1:100"),
        };
        var result = await IndexRunner.RunAsync(Request(Flat(), data, options), TestContext.Current.CancellationToken);
        var m = result.Manifest;
        Assert.Equal("index", m.Kind);
        Assert.Equal("gmean", m.Options["aggregate"]!.GetValue<string>());
        Assert.Equal(3, m.Options["weights"]!["a"]!.GetValue<double>());
        var p = m.Nodes.Single(n => n.Code == "P");
        Assert.Equal((NodeRecord.Aggregate, "gmean", "min_share:0"), (p.Role, p.Method, p.MissingData));
        var a = m.Nodes.Single(n => n.Code == "a");
        Assert.Equal((3.0, "minmax:1:100", "mean", "none", "P"), (a.Weight, a.Method, a.Impute, a.Treatment, string.Join(",", a.Parents)));
        Assert.Equal((3L, 1L, 1L, 0L), (m.Counts.Units, m.Counts.MissingCells, m.Counts.ImputedCells, m.Counts.TreatedCells));
        Assert.Equal(3 * 3, m.Counts.ScoreRows);
        Assert.Equal(ContentHash.OfText("name: flat\n"), m.Model.Hash);
        Assert.Equal("/d.csv", m.Inputs.File("data")!.Path);
        Assert.Null(m.Inputs.Store);
        Assert.Contains("total", m.TimingsMs.Keys);
        Assert.Equal(EngineInfo.Current, m.Engine);
    }

    [Fact]
    public async Task Run_ScoreRows_OnePerUnitAndNode()
    {
        var data = Data(["u1", "u2"], ("a", [1, 2]), ("b", [4, 5]));
        var result = await IndexRunner.RunAsync(Request(Flat(), data), TestContext.Current.CancellationToken);
        var rows = result.Outputs.Single().Scores;
        Assert.Equal(6, rows.Count);
        Assert.Equal(Score(result.Run, "P", "u2"), rows.Single(r => r.Unit == "u2" && r.Node == "P").Score);
        Assert.All(rows, r => Assert.Null(r.Period));
    }

    [Fact]
    public async Task Run_CatalogueModelOnFile_SaysRunWithDb()
    {
        var model = Flat() with { FromCatalogue = true };
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => IndexRunner.RunAsync(Request(model, Data(["u"], ("a", [1]), ("b", [1]))), TestContext.Current.CancellationToken));
        Assert.Contains("run it with --db", e.Message, StringComparison.Ordinal);
    }
}
