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

    // COINr's Screen() measures availability on the data set it is given; hso screens after imputing (as build_example_coin()
    // screens its imputed data set), so an imputed gap no longer counts as missing.
    [Fact]
    public void Screen_AfterImputation_CountsImputedValuesAsPresent()
    {
        var run = IndexPipeline.Run(Flat(), Data(["u1", "u2", "u3"], ("a", [1, double.NaN, 3]), ("b", [1, 2, 3])),
            new PipelineOptions { Screen = 0.75, Impute = ImputeSpec.Parse("mean") });
        Assert.Equal(["u1", "u2", "u3"], run.Units);
        Assert.Empty(run.Screened);
        Assert.Equal(2, run.Scores[0][1]);
        Assert.True(run.Missing[0][1]);
        Assert.True(run.Imputed[0][1]);
    }

    // Availability 1 − missing/indicators is compared with the threshold as COINr does (Dat_Avail < dat_thresh drops):
    // 1 of 10 missing is exactly 0.9 and is kept at 0.9; 2 of 10 is dropped.
    [Fact]
    public void Screen_AvailabilityEqualToThreshold_IsKept()
    {
        var codes = Enumerable.Range(0, 10).Select(i => $"i{i}").ToArray();
        var model = new IndexModel("ten", [.. codes.Select(c => new ModelIndicator(c, "P"))], [new ModelNode("P")])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("none") },
        };
        var columns = codes.Select((c, i) => (c, new[] { 1.0, i == 0 ? double.NaN : 1, i < 2 ? double.NaN : 1 })).ToArray();
        var run = IndexPipeline.Run(model, Data(["u1", "u2", "u3"], columns), new PipelineOptions { Screen = 0.9 });
        Assert.Equal(["u1", "u2"], run.Units);
        Assert.Equal(["u3"], run.Screened);
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
