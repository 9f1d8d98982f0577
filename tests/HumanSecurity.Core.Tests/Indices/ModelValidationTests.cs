using HumanSecurity.Indices;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class ModelValidationTests
{
    [Fact]
    public void Compile_UnknownParent_ReportsIndicator()
    {
        var model = new IndexModel("m", [new ModelIndicator("a", "Nope") { Location = "m.yaml:4" }], [new ModelNode("P")]);
        var e = Assert.Throws<InvalidInputException>(() => IndexTree.Compile(model));
        Assert.Contains(e.Problems, p => p.Location == "m.yaml:4" && p.Message.Contains("'Nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_Cycle_Reported()
    {
        var model = new IndexModel("m", [new ModelIndicator("a", "P")], [new ModelNode("P") { Parent = "Q" }, new ModelNode("Q") { Parent = "P" }]);
        var e = Assert.Throws<InvalidInputException>(() => IndexTree.Compile(model));
        Assert.Contains(e.Problems, p => p.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_DuplicateCodeAndBadDirection_BothReported()
    {
        var model = new IndexModel("m", [new ModelIndicator("a", "P"), new ModelIndicator("a", "P") { Direction = 2 }], [new ModelNode("P")]);
        var e = Assert.Throws<InvalidInputException>(() => IndexTree.Compile(model));
        Assert.Equal(2, e.Problems.Count);
    }

    [Fact]
    public void Compile_LevelsAndOrder_ChildrenBeforeParents()
    {
        var model = new IndexModel("m", [new ModelIndicator("a", "P"), new ModelIndicator("b", "Top")], [new ModelNode("Top"), new ModelNode("P") { Parent = "Top" }]);
        var tree = IndexTree.Compile(model);
        Assert.Equal(["a", "b", "P", "Top"], tree.Codes);
        Assert.Equal([1, 1, 2, 3], tree.Levels);
    }

    [Fact]
    public void Run_MissingColumn_NamesColumn()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(Flat(), Data(["u1"], ("a", [1]))));
        Assert.Contains("column 'b'", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DuplicateUnit_ReportsBothRows()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(Flat(), Data(["u1", "u1"], ("a", [1, 2]), ("b", [1, 2]))));
        Assert.Equal("data:3", e.Problems[0].Location);
        Assert.Contains("data:2", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadCell_ReportsLineAndColumn()
    {
        var data = new IndexData(["u1"], new Dictionary<string, double[]> { ["b"] = [1] }, source: "d.csv")
        {
            BadCells = new Dictionary<string, (int, string)> { ["a"] = (7, "n/a?") },
        };
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(Flat(), data));
        Assert.Equal("d.csv:7:a", e.Problems[0].Location);
    }

    [Fact]
    public void Drop_Indicator_RemovesItFromParent()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1"], ("a", [2]), ("b", [6])), new PipelineOptions { Drop = new HashSet<string> { "a" } });
        Assert.Equal(6, Score(run, "P", "u1"));
    }

    [Fact]
    public void Classify_UsesLowerBounds()
    {
        var model = Flat() with { Classes = [new RiskClass("Low", 0), new RiskClass("High", 5)] };
        Assert.Equal("Low", model.Classify(4.99));
        Assert.Equal("High", model.Classify(5));
        Assert.Null(model.Classify(double.NaN));
    }
}
