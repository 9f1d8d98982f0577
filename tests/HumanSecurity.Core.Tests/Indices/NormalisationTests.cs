using HumanSecurity.Indices;
using HumanSecurity.Indices.Steps;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class NormalisationTests
{
    private static double[] Norm(string spec, double[] x, int direction = 1, double? lo = null, double? hi = null, double? target = null)
    {
        var target2 = new double[x.Length];
        var ind = new ModelIndicator("a", "P") { Direction = direction, GoalMin = lo, GoalMax = hi, Target = target, Reference = "u2" };
        Normalisation.Apply(x, target2, NormaliseSpec.Parse(spec), ind, [.. x.Select((_, i) => $"u{i + 1}")]);
        return target2;
    }

    [Fact]
    public void MinMax_ToZeroHundred_MapsExtremes() => Assert.Equal([0, 25, 100], Norm("minmax:0:100", [2, 4, 10]));

    [Fact]
    public void MinMax_NegativeDirection_Inverts() => Assert.Equal([100, 75, 0], Norm("minmax:0:100", [2, 4, 10], -1));

    [Fact]
    public void MinMax_Missing_StaysMissing() => Assert.True(double.IsNaN(Norm("minmax:0:1", [1, double.NaN, 3])[1]));

    [Fact]
    public void ZScore_UsesSampleStandardDeviation()
    {
        var z = Norm("zscore:0:1", [1, 2, 3]);
        Assert.Equal(-1, z[0], 12);
        Assert.Equal(0, z[1], 12);
        Assert.Equal(1, z[2], 12);
    }

    [Fact]
    public void Goalposts_InformStyle_CapsScalesAndInverts()
    {
        Assert.Equal([0, 5, 10, 10], Norm("goalposts:10", [-5, 50, 100, 120], lo: 0, hi: 100));
        Assert.Equal([10, 5, 0, 0], Norm("goalposts:10", [-5, 50, 100, 120], -1, lo: 0, hi: 100));
    }

    [Fact]
    public void Rank_Ties_Averaged() => Assert.Equal([1, 2.5, 2.5, 4], Norm("rank", [1, 5, 5, 9]));

    [Fact]
    public void PercentRank_IsRankOverCount() => Assert.Equal([0.25, 0.5, 0.75, 1], Norm("prank", [1, 2, 3, 4]));

    [Fact]
    public void Borda_CountsStrictlyLower() => Assert.Equal([0, 1, 1, 3], Norm("borda", [1, 5, 5, 9]));

    [Fact]
    public void DistanceToTarget_CapsAtOne() => Assert.Equal([0, 0.5, 1, 1], Norm("dist2targ", [0, 5, 10, 20], target: 10));

    [Fact]
    public void DistanceToReference_ReferenceUnitIsOne() => Assert.Equal([0, 1, 2], Norm("dist2ref", [0, 5, 10]));

    [Fact]
    public void Pipeline_OverrideNormalise_AppliesToEveryIndicator()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2"], ("a", [1, 3]), ("b", [10, 30])), new PipelineOptions { Normalise = NormaliseSpec.Parse("minmax:1:10") });
        Assert.Equal([1, 10], run.Scores[0]);
        Assert.Equal([1, 10], run.Scores[1]);
    }
}
