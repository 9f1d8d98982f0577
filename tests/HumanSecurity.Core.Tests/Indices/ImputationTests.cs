using HumanSecurity.Indices;
using HumanSecurity.Indices.Steps;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class ImputationTests
{
    private static double[] Impute(string spec, double[] x, string[]? groups = null)
    {
        var imputed = new bool[x.Length];
        Imputation.CrossSection(x, imputed, ImputeSpec.Parse(spec), groups);
        return x;
    }

    [Fact]
    public void Mean_FillsWithMeanOfPresent() => Assert.Equal([1, 2, 6, 3], Impute("mean", [1, 2, 6, double.NaN]));

    [Fact]
    public void Median_FillsWithMedian() => Assert.Equal([1, 2, 6, 2], Impute("median", [1, 2, 6, double.NaN]));

    [Fact]
    public void GroupMean_UsesOwnGroup() =>
        Assert.Equal([1, 3, 2, 10, 20, 15], Impute("group-mean:g", [1, 3, double.NaN, 10, 20, double.NaN], ["A", "A", "A", "B", "B", "B"]));

    [Fact]
    public void GroupMedian_UsesOwnGroup() =>
        Assert.Equal([1, 3, 9, 3, 5], Impute("group-median:g", [1, 3, 9, double.NaN, 5], ["A", "A", "A", "A", "B"]));

    private static IndexData Panel(double[] values) =>
        new(["u", "u", "u", "u"], new Dictionary<string, double[]> { ["a"] = values, ["b"] = [1, 1, 1, 1] }, time: [2020, 2021, 2022, 2023]);

    [Fact]
    public void Latest_WithinLookBack_CarriesLastValueForward()
    {
        var run = IndexPipeline.Run(Flat(), Panel([5, double.NaN, double.NaN, double.NaN]), new PipelineOptions { Impute = ImputeSpec.Parse("latest:2"), Period = 2022 });
        Assert.Equal(5, run.Scores[0][0]);
        Assert.True(run.Imputed[0][0]);
        Assert.True(run.Missing[0][0]);
    }

    [Fact]
    public void Latest_BeyondLookBack_StaysMissing()
    {
        var run = IndexPipeline.Run(Flat(), Panel([5, double.NaN, double.NaN, double.NaN]), new PipelineOptions { Impute = ImputeSpec.Parse("latest:2"), Period = 2023 });
        Assert.True(double.IsNaN(run.Scores[0][0]));
    }

    [Fact]
    public void Linear_BetweenTwoValues_Interpolates()
    {
        var run = IndexPipeline.Run(Flat(), Panel([2, double.NaN, double.NaN, 8]), new PipelineOptions { Impute = ImputeSpec.Parse("linear"), Period = 2022 });
        Assert.Equal(6, run.Scores[0][0], 12);
    }

    [Fact]
    public void Panel_NoPeriod_ScoresLatest()
    {
        var run = IndexPipeline.Run(Flat(), Panel([2, 3, 4, 8]));
        Assert.Equal(2023, run.Period);
        Assert.Equal(8, run.Scores[0][0]);
    }

    [Fact]
    public void Screen_BelowShare_DropsUnit()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2"], ("a", [1, double.NaN]), ("b", [1, 2])), new PipelineOptions { Screen = 0.75 });
        Assert.Equal(["u1"], run.Units);
        Assert.Equal(["u2"], run.Screened);
    }

    [Fact]
    public void Denominate_DividesByDenominatorColumn()
    {
        var model = new IndexModel("d", [new ModelIndicator("a", "P") { Denominator = "pop" }, new ModelIndicator("b", "P")], [new ModelNode("P")])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("none"), Denominate = true },
        };
        var run = IndexPipeline.Run(model, Data(["u1"], ("a", [10]), ("b", [1]), ("pop", [4])));
        Assert.Equal(2.5, run.Scores[0][0]);
    }

    [Fact]
    public void Denominate_ZeroDenominator_ThrowsLocated()
    {
        var model = new IndexModel("d", [new ModelIndicator("a", "P") { Denominator = "pop" }], [new ModelNode("P")]) { Defaults = new ModelDefaults { Denominate = true } };
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(model, Data(["u1"], ("a", [10]), ("pop", [0]))));
        Assert.Equal("data:2:pop", e.Problems[0].Location);
    }
}
