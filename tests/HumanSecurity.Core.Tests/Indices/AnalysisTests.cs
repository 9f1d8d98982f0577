using HumanSecurity.Indices;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class AnalysisTests
{
    private static IndexModel TwoLevel() =>
        new("t", [new ModelIndicator("a", "P") { Weight = 3 }, new ModelIndicator("b", "P"), new ModelIndicator("c", "Top")],
            [new ModelNode("Top"), new ModelNode("P") { Parent = "Top" }]) { Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("none") } };

    [Fact]
    public void EffectiveWeights_ProductOfShares_SumToOne()
    {
        var tree = IndexTree.Compile(TwoLevel());
        var eff = EffectiveWeights.Compute(tree, tree.Index["Top"]);
        Assert.Equal(0.375, eff[tree.Index["a"]], 12);
        Assert.Equal(0.125, eff[tree.Index["b"]], 12);
        Assert.Equal(0.5, eff[tree.Index["c"]], 12);
    }

    [Fact]
    public void Contributions_ArithmeticTree_SumToScore()
    {
        var run = IndexPipeline.Run(TwoLevel(), Data(["u1"], ("a", [4]), ("b", [8]), ("c", [2])));
        var top = run.Tree.Index["Top"];
        var c = Contributions.Compute(run, top, 0);
        Assert.Equal((3 * 4 + 8) / 4.0 / 2 + 1, run.Scores[top][0], 12);
        Assert.Equal(run.Scores[top][0], c[0] + c[1] + c[2], 12);
        Assert.Equal(0.375 * 4, c[0], 12);
    }

    [Fact]
    public void ContributionChange_SumsToScoreChange()
    {
        var before = IndexPipeline.Run(TwoLevel(), Data(["u1"], ("a", [4]), ("b", [8]), ("c", [2])));
        var after = IndexPipeline.Run(TwoLevel(), Data(["u1"], ("a", [6]), ("b", [8]), ("c", [1])));
        var d = Contributions.Change(before, after, "Top", "u1");
        var top = after.Tree.Index["Top"];
        Assert.Equal(after.Scores[top][0] - before.Scores[top][0], d[0] + d[1] + d[2], 12);
    }

    [Fact]
    public void Correlation_PerfectlyRelated_IsOne()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2", "u3"], ("a", [1, 2, 3]), ("b", [2, 4, 6.5])));
        var (codes, m) = Correlations.ByLevel(run, 1);
        Assert.Equal(["a", "b"], codes);
        Assert.True(m[0, 1] > 0.99);
        Assert.Equal(1, m[0, 0]);
    }

    [Fact]
    public void CronbachAlpha_HandComputed()
    {
        // items a=[1,2,3], b=[2,2,5]: var a=1, var b=3, total=[3,4,8] var=7 → alpha = 2·(1 − 4/7) = 6/7.
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2", "u3"], ("a", [1, 2, 3]), ("b", [2, 2, 5])));
        Assert.Equal(6 / 7.0, Correlations.CronbachAlpha(run, run.Tree.Index["P"]), 12);
    }

    [Fact]
    public void PcaWeights_TwoCorrelatedIndicators_AreEqual()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2", "u3", "u4"], ("a", [1, 2, 3, 5]), ("b", [2, 1, 4, 4])));
        var (w, share) = Correlations.PcaWeights(run, run.Tree.Index["P"]);
        Assert.Equal(0.5, w[0], 9);
        Assert.Equal(0.5, w[1], 9);
        Assert.InRange(share, 0.5, 1);
    }

    [Fact]
    public void Reliability_SharesOfMissingAndImputed()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2"], ("a", [1, double.NaN]), ("b", [1, 2])), new PipelineOptions { Impute = ImputeSpec.Parse("mean") });
        var r = Reliability.Compute(run);
        var p = run.Tree.Index["P"];
        Assert.Equal(0.5, r.MissingShare[p][1]);
        Assert.Equal(0.5, r.ImputedShare[p][1]);
        Assert.Equal(0, r.MissingShare[p][0]);
    }
}

public sealed class TrendTests
{
    [Fact]
    public void Cagr_DoublingOverTwoYears_IsSqrtTwoMinusOne() => Assert.Equal(Math.Sqrt(2) - 1, Trends.Cagr(10, 20, 2), 12);

    [Fact]
    public void Cagr_NonPositive_IsMissing() => Assert.True(double.IsNaN(Trends.Cagr(0, 20, 2)));

    [Fact]
    public void Cagr_TwoRuns_PerUnit()
    {
        var before = IndexPipeline.Run(TestModels.Flat(), TestModels.Data(["u1"], ("a", [4]), ("b", [4])));
        var after = IndexPipeline.Run(TestModels.Flat(), TestModels.Data(["u1"], ("a", [9]), ("b", [9])));
        Assert.Equal(0.5, Trends.Cagr(before, after, "P", 2)["u1"], 12);
    }
}

public sealed class PcaEdgeTests
{
    [Fact]
    public void PcaWeights_TwoUnits_AreMissingNotAnError()
    {
        var run = IndexPipeline.Run(TestModels.Flat(), TestModels.Data(["u1", "u2"], ("a", [1, 2]), ("b", [2, 1])));
        var (w, share) = Correlations.PcaWeights(run, run.Tree.Index["P"]);
        Assert.All(w, v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsNaN(share));
    }
}
