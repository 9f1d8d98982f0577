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

    // COINr n_rank: rank(x, ties.method = "min", na.last = "keep").
    [Fact]
    public void Rank_Ties_TakeMinimumRank() => Assert.Equal([1, 2, 2, 4], Norm("rank", [1, 5, 5, 9]));

    [Fact]
    public void Rank_MissingStaysMissingAndIsNotCounted() => Assert.Equal([2, double.NaN, 1, 2, 4], Norm("rank", [5, double.NaN, 1, 5, 9]));

    // COINr n_prank: (min rank − 1)/(non-missing count − 1).
    [Fact]
    public void PercentRank_LowestZeroHighestOne() => Assert.Equal([0, 1 / 3.0, 2 / 3.0, 1], Norm("prank", [1, 2, 3, 4]));

    [Fact]
    public void PercentRank_TiesTakeMinimumRank() => Assert.Equal([0, 1 / 3.0, 1 / 3.0, double.NaN, 1], Norm("prank", [10, 20, 20, double.NaN, 30]));

    // The case from issue 9: 80 units, 6 missing, the unit ranked 58th of the 74 present scores 57/73 (hso gave 58/74).
    [Fact]
    public void PercentRank_EightyUnitsSixMissing_Rank58Is57Over73()
    {
        var x = new double[80];
        for (var i = 0; i < 80; i++) x[i] = i < 6 ? double.NaN : 80 - i; // present values 74, 73, ..., 1
        var p = Norm("prank", x);
        var unit = Array.IndexOf(x, 58.0);
        Assert.Equal(57 / 73.0, p[unit], 15);
        Assert.Equal(1, p[6]);
        Assert.Equal(0, p[79]);
    }

    [Fact]
    public void PercentRank_OneValue_IsUndefined() => Assert.True(double.IsNaN(Norm("prank", [double.NaN, 3])[1]));

    [Fact]
    public void Borda_CountsStrictlyLower() => Assert.Equal([0, 1, 1, 3], Norm("borda", [1, 5, 5, 9]));

    [Fact]
    public void Borda_NegativeDirection_CountsStrictlyBetter() => Assert.Equal([3, 1, 1, double.NaN, 0], Norm("borda", [1, 5, 5, double.NaN, 9], -1));

    [Fact]
    public void Rank_LargeColumn_TiesAndMissing_MatchDefinition()
    {
        // Above the comparison-sort cut-off the radix path ranks: rank = 1 + number of strictly lower present values.
        var r = new Xoshiro256(11);
        var x = new double[6000];
        for (var i = 0; i < x.Length; i++) x[i] = i % 13 == 0 ? double.NaN : Math.Round(r.NextDouble() * 500) - 250;
        var got = Norm("rank", x);
        var present = x.Where(v => !double.IsNaN(v)).Order().ToArray();
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) Assert.True(double.IsNaN(got[i]));
            else Assert.Equal(1 + LowerCount(present, x[i]), got[i]);
        }
    }

    private static int LowerCount(double[] sorted, double v)
    {
        var i = Array.BinarySearch(sorted, v);
        while (i > 0 && sorted[i - 1] == v) i--;
        return i;
    }

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
