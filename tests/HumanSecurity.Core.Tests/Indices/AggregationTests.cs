using HumanSecurity.Indices;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class AggregationTests
{
    private static readonly string[] Units = ["u1", "u2"];

    private static double P(string method, double a, double b, double wa = 1, double wb = 1)
    {
        var run = IndexPipeline.Run(Flat(method, wa: wa, wb: wb), Data(["u1"], ("a", [a]), ("b", [b])));
        return Score(run, "P", "u1");
    }

    [Fact]
    public void ArithmeticMean_Weighted_IsWeightedAverage() => Assert.Equal((2 * 4 + 1 * 10) / 3.0, P("amean", 4, 10, wa: 2), 12);

    [Fact]
    public void GeometricMean_TwoValues_IsSqrtOfProduct() => Assert.Equal(Math.Sqrt(4 * 9), P("gmean", 4, 9), 12);

    [Fact]
    public void GeometricMean_Weighted_UsesNormalisedExponents() => Assert.Equal(Math.Pow(4, 2 / 3.0) * Math.Pow(9, 1 / 3.0), P("gmean", 4, 9, wa: 2), 12);

    [Fact]
    public void HarmonicMean_TwoValues_IsTwoOverSumOfInverses() => Assert.Equal(2 / (1 / 4.0 + 1 / 12.0), P("hmean", 4, 12), 12);

    [Fact]
    public void GeneralisedMean_PowerTwo_IsQuadraticMean() => Assert.Equal(Math.Sqrt((9 + 16) / 2.0), P("genmean:2", 3, 4), 12);

    [Fact]
    public void GeneralisedMean_PowerZero_IsGeometricMean() => Assert.Equal(Math.Sqrt(4 * 9), P("genmean:0", 4, 9), 12);

    // COINr a_genmean computes (sum(w·x^p)/sum(w))^(1/p) without na.rm: a missing child makes the parent missing, while
    // a_amean, a_gmean and a_hmean skip missing children and re-normalise the weights.
    [Fact]
    public void GeneralisedMean_MissingChild_IsMissing()
    {
        var run = IndexPipeline.Run(Flat("genmean:2"), Data(Units, ("a", [3, double.NaN]), ("b", [4, 4])));
        Assert.Equal(Math.Sqrt(12.5), Score(run, "P", "u1"), 12);
        Assert.True(double.IsNaN(Score(run, "P", "u2")));
        Assert.Equal(0, Rank(run, "P", "u2"));
    }

    [Theory]
    [InlineData("amean")]
    [InlineData("gmean")]
    [InlineData("hmean")]
    [InlineData("genmean:0")]
    public void OtherMeans_MissingChild_AreSkipped(string method)
    {
        var run = IndexPipeline.Run(Flat(method), Data(Units, ("a", [3, double.NaN]), ("b", [4, 4])));
        Assert.Equal(4, Score(run, "P", "u2"), 12);
    }

    [Fact]
    public void MinAndMax_TwoValues_ArePlainExtremes()
    {
        Assert.Equal(3, P("min", 3, 7));
        Assert.Equal(7, P("max", 3, 7));
    }

    [Fact]
    public void Max_Weighted_ScalesByWeightOverLargestWeight() => Assert.Equal(Math.Max(0.7 * 8, 5), P("max", 8, 5, wa: 0.7), 12);

    [Fact]
    public void SoftMax_Inform_IsElevenMinusGeometricMeanOfDistances() =>
        Assert.Equal(11 - Math.Sqrt((11 - 8.9) * (11 - 6.6)), P("softmax:11", 8.9, 6.6), 12);

    [Fact]
    public void Aggregate_MissingChild_RenormalisesWeights()
    {
        var run = IndexPipeline.Run(Flat("amean", wa: 3), Data(Units, ("a", [2, double.NaN]), ("b", [6, 6])));
        Assert.Equal((3 * 2 + 6) / 4.0, Score(run, "P", "u1"), 12);
        Assert.Equal(6, Score(run, "P", "u2"), 12);
    }

    [Fact]
    public void Aggregate_BelowMinShare_IsMissing()
    {
        var run = IndexPipeline.Run(Flat("amean", minShare: 0.75), Data(Units, ("a", [2, double.NaN]), ("b", [6, 6])));
        Assert.Equal(4, Score(run, "P", "u1"), 12);
        Assert.True(double.IsNaN(Score(run, "P", "u2")));
        Assert.Equal(0, Rank(run, "P", "u2"));
    }

    [Fact]
    public void GeometricMean_Zero_ThrowsNamingIndicatorAndUnit()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(Flat("gmean"), Data(Units, ("a", [2, 0]), ("b", [6, 6]))));
        var p = Assert.Single(e.Problems);
        Assert.Contains("node P", p.Location, StringComparison.Ordinal);
        Assert.Contains("indicator 'a'", p.Message, StringComparison.Ordinal);
        Assert.Contains("unit 'u2'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HarmonicMean_Zero_ThrowsNamingIndicatorAndUnit()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(Flat("hmean"), Data(Units, ("a", [2, 1]), ("b", [0, 6]))));
        Assert.Contains("indicator 'b' is 0 for unit 'u1'", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Copeland_ThreeUnits_CountsPairwiseMajorities()
    {
        // a: u1 > u2 > u3; b: u1 > u3 > u2. u1 beats both (+2); u2 vs u3 tie 1-1 (0) and both lose to u1 (-1).
        var run = IndexPipeline.Run(Flat("copeland"), Data(["u1", "u2", "u3"], ("a", [3, 2, 1]), ("b", [3, 1, 2])));
        Assert.Equal(2, Score(run, "P", "u1"));
        Assert.Equal(-1, Score(run, "P", "u2"));
        Assert.Equal(-1, Score(run, "P", "u3"));
    }

    [Fact]
    public void Ranks_Ties_TakeMinimumRankAndHighestIsOne()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2", "u3", "u4"], ("a", [5, 9, 5, 1]), ("b", [5, 9, 5, 1])));
        Assert.Equal([2, 1, 2, 4], run.Ranks[run.Tree.Index["P"]]);
    }
}
