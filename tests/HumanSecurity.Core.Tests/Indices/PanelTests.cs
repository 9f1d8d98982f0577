using HumanSecurity.Indices;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

/// <summary>Panels on a two-unit, two-period case computed by hand: a, b (direction −1) under P, c under Q, Top = mean(P, Q),
/// min-max 0–100 on bounds pooled over both periods (a: 0–10, b: 0–20, c: 0–10).</summary>
public sealed class PanelTests
{
    private static IndexModel Model() =>
        new("panel", [new ModelIndicator("a", "P"), new ModelIndicator("b", "P") { Direction = -1 }, new ModelIndicator("c", "Q")],
            [new ModelNode("Top"), new ModelNode("P") { Parent = "Top" }, new ModelNode("Q") { Parent = "Top" }])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("minmax:0:100") },
        };

    private static IndexData PanelData() =>
        new(["u1", "u2", "u1", "u2"], new Dictionary<string, double[]>
        {
            ["a"] = [0, 5, 10, 5],
            ["b"] = [10, 20, 0, 10],
            ["c"] = [0, 5, 10, 5],
        }, time: [2020, 2020, 2022, 2022]);

    [Fact]
    public void Run_TwoPeriods_NormalisesOnPooledBounds()
    {
        var panel = IndexPanel.Run(Model(), PanelData());
        Assert.Equal([2020.0, 2022.0], panel.Runs.Select(r => r.Period!.Value));
        Assert.Equal((0.0, 10.0), panel.Bounds["a"]);
        Assert.Equal((0.0, 20.0), panel.Bounds["b"]);
        // u2's a is 5 in both years: 50 on the pooled 0–10 scale (per period, 2022 alone would give 0).
        Assert.Equal(50, Score(panel.Runs[1], "a", "u2"), 12);
        Assert.Equal(50, Score(panel.Runs[0], "b", "u1"), 12);
        Assert.Equal(12.5, Score(panel.Runs[0], "Top", "u1"), 12);
        Assert.Equal(37.5, Score(panel.Runs[0], "Top", "u2"), 12);
        Assert.Equal(100, Score(panel.Runs[1], "Top", "u1"), 12);
        Assert.Equal(50, Score(panel.Runs[1], "Top", "u2"), 12);
        Assert.Equal(0, Score(IndexPipeline.Run(Model(), PanelData(), new PipelineOptions { Period = 2022 }), "a", "u2"), 12);
    }

    [Fact]
    public void Run_ZScore_StaysPerPeriodAndIsReported()
    {
        var options = new PipelineOptions { Normalise = NormaliseSpec.Parse("zscore:0:1") };
        var panel = IndexPanel.Run(Model(), PanelData(), options);
        Assert.Equal(Score(IndexPipeline.Run(Model(), PanelData(), options with { Period = 2022 }), "Top", "u1"), Score(panel.Latest, "Top", "u1"), 12);
        Assert.Equal(["a", "b", "c"], IndexPanel.PerPeriodIndicators(panel.Latest, options));
        Assert.Empty(IndexPanel.PerPeriodIndicators(panel.Latest, new PipelineOptions()));
    }

    [Fact]
    public void Trends_TopNode_ChangeAndCagr()
    {
        var trends = PanelAnalysis.Trends(IndexPanel.Run(Model(), PanelData())).ToDictionary(t => (t.Unit, t.Node));
        var u1 = trends[("u1", "Top")];
        Assert.Equal((2020.0, 2022.0, 12.5, 100.0), (u1.FirstPeriod, u1.LastPeriod, u1.First, u1.Last));
        Assert.Equal(87.5, u1.Change, 12);
        Assert.Equal(Math.Sqrt(8) - 1, u1.Cagr, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3) - 1, trends[("u2", "Top")].Cagr, 12);
        Assert.True(double.IsNaN(trends[("u1", "a")].Cagr)); // from 0: undefined
    }

    [Fact]
    public void Changes_Contributions_HandComputedAndSumToChange()
    {
        var changes = PanelAnalysis.Changes(IndexPanel.Run(Model(), PanelData())).ToDictionary(c => (c.Unit, c.Indicator), c => c.Contribution);
        Assert.Equal(25, changes[("u1", "a")], 12);
        Assert.Equal(12.5, changes[("u1", "b")], 12);
        Assert.Equal(50, changes[("u1", "c")], 12);
        Assert.Equal(0, changes[("u2", "a")], 12);
        Assert.Equal(12.5, changes[("u2", "b")], 12);
        Assert.Equal(0, changes[("u2", "c")], 12);
    }

    [Theory]
    [InlineData("amean")]
    [InlineData("gmean")]
    [InlineData("softmax:101")]
    public void Changes_AnyAggregation_SumToTopChange(string aggregate)
    {
        var panel = IndexPanel.Run(Model(), PanelData(), new PipelineOptions { Normalise = NormaliseSpec.Parse("minmax:1:100"), Aggregate = AggregateSpec.Parse(aggregate) });
        var trends = PanelAnalysis.Trends(panel).Where(t => t.Node == "Top").ToDictionary(t => t.Unit);
        foreach (var g in PanelAnalysis.Changes(panel).GroupBy(c => c.Unit))
            Assert.Equal(trends[g.Key].Change, g.Sum(c => c.Contribution), 9);
    }

    [Fact]
    public void Run_NoTimeColumn_LocatedError()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexPanel.Run(Model(), Data(["u1"], ("a", [1]), ("b", [1]), ("c", [1]))));
        Assert.Contains("time column", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Range_KeepsPeriodsInside()
    {
        var panel = IndexPanel.Run(Model(), PanelData(), from: 2021, to: 2030);
        Assert.Equal(2022, Assert.Single(panel.Runs).Period);
        Assert.Throws<InvalidInputException>(() => IndexPanel.Run(Model(), PanelData(), from: 2030, to: 2031));
    }

    [Fact]
    public void Changes_IndicatorOnlyInFirstPeriod_ContributesItsLoss()
    {
        // The tree can differ between periods (store catalogue models bind only indicators with data that year).
        var without = new IndexModel("panel", [new ModelIndicator("a", "P"), new ModelIndicator("b", "P") { Direction = -1 }],
            [new ModelNode("Top"), new ModelNode("P") { Parent = "Top" }]) { Defaults = Model().Defaults };
        var bounds = IndexPanel.Pool([IndexPipeline.Run(Model(), PanelData(), new PipelineOptions { Period = 2020, KeepSteps = true }),
            IndexPipeline.Run(without, PanelData(), new PipelineOptions { Period = 2022, KeepSteps = true })]);
        var options = new PipelineOptions { PooledBounds = bounds };
        var panel = IndexPanel.FromRuns([IndexPipeline.Run(Model(), PanelData(), options with { Period = 2020 }),
            IndexPipeline.Run(without, PanelData(), options with { Period = 2022 })], bounds);
        var u2 = PanelAnalysis.Changes(panel).Where(c => c.Unit == "u2").ToDictionary(c => c.Indicator, c => c.Contribution);
        // c is pooled over 2020 only (0–5), so u2's c is 100: 2020 Top = mean(P 25, Q 100) = 62.5 (a 12.5, b 0, c 50);
        // 2022 Top = P = mean(a 50, b 50) = 50 (a 25, b 25).
        Assert.Equal((0.0, 5.0), bounds["c"]);
        Assert.Equal(12.5, u2["a"], 12);
        Assert.Equal(25, u2["b"], 12);
        Assert.Equal(-50, u2["c"], 12);
        Assert.Equal(50 - 62.5, u2.Values.Sum(), 12);
    }

    [Fact]
    public void Run_Goalposts_DataDerivedArePooledFixedAreKept()
    {
        var model = new IndexModel("gp", [new ModelIndicator("a", "Top"), new ModelIndicator("c", "Top") { GoalMin = 0, GoalMax = 20 }], [new ModelNode("Top")])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("goalposts") },
        };
        var latest = IndexPanel.Run(model, PanelData()).Latest;
        Assert.Equal(5, Score(latest, "a", "u2"), 12);  // 5 on the pooled 0–10 → 5 of 10 (2022 alone: 0)
        Assert.Equal(2.5, Score(latest, "c", "u2"), 12); // 5 on the model's 0–20 goalposts
    }
}
