using HumanSecurity.Indices;
using HumanSecurity.Indices.Steps;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class TreatmentTests
{
    private static readonly double[] Outliers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

    // Excel SKEW / KURT written out independently of the engine's form.
    private static (double Skew, double Kurt) Excel(double[] v)
    {
        var n = v.Length;
        var m = v.Average();
        var s = Math.Sqrt(v.Sum(a => (a - m) * (a - m)) / (n - 1));
        var skew = (double)n / ((n - 1) * (n - 2)) * v.Sum(a => Math.Pow((a - m) / s, 3));
        var kurt = (double)n * (n + 1) / ((n - 1.0) * (n - 2) * (n - 3)) * v.Sum(a => Math.Pow((a - m) / s, 4)) - 3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3));
        return (skew, kurt);
    }

    [Fact]
    public void SkewAndKurtosis_MatchExcelDefinitions()
    {
        var (s, k) = Excel(Outliers);
        Assert.Equal(s, Moments.Skew(Outliers), 10);
        Assert.Equal(k, Moments.Kurtosis(Outliers), 10);
        Assert.Equal(3.0632410342394985, Moments.Skew(Outliers), 10);
    }

    [Fact]
    public void SkewAndKurtosis_IgnoreMissing() =>
        Assert.Equal(Moments.Skew(Outliers), Moments.Skew([.. Outliers, double.NaN]), 12);

    [Fact]
    public void DefaultTreatment_OneOutlier_WinsorisesHighestToNext()
    {
        var x = (double[])Outliers.Clone();
        var note = Treatment.DefaultTreatment(x, 5);
        Assert.Equal("winsorised 1", note);
        Assert.Equal(30, x[^1]);
        Assert.Equal(30, x[^2]);
        Assert.True(Moments.Passes(x));
    }

    [Fact]
    public void DefaultTreatment_WinMaxZero_FallsBackToLogCtOfOriginal()
    {
        var x = (double[])Outliers.Clone();
        Assert.Equal("log_ct", Treatment.DefaultTreatment(x, 0));
        Assert.Equal(Math.Log(100 - 1 + 0.99), x[^1], 12);
        Assert.Equal(Math.Log(0.99), x[0], 12);
    }

    [Fact]
    public void DefaultTreatment_Passing_LeavesValues()
    {
        double[] x = [1, 2, 3, 4, 5];
        Assert.Equal("none", Treatment.DefaultTreatment(x, 5));
        Assert.Equal([1, 2, 3, 4, 5], x);
    }

    [Fact]
    public void ForceWinsorise_OnePoint_ChangesHighestEvenWhenPassing()
    {
        double[] x = [1, 2, 3, 4, 5, 9];
        Assert.True(Moments.Passes(x));
        Assert.Equal(1, Treatment.Winsorise(x, 1, force: true));
        Assert.Equal([1, 2, 3, 4, 5, 5], x);
    }

    [Fact]
    public void BoxCox_LambdaTwo_ShiftsToOneThenTransforms()
    {
        double[] x = [0, 1];
        Treatment.BoxCox(x, 2);
        Assert.Equal([0, 1.5], x);
    }

    [Fact]
    public void Log_NonPositive_ThrowsNamingIndicator()
    {
        double[] x = [1, 0];
        var e = Assert.Throws<InvalidInputException>(() => Treatment.Log(x, "GDP"));
        Assert.Contains("GDP", e.Problems[0].Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_TreatDefault_RecordsWhatWasDone()
    {
        var run = IndexPipeline.Run(Flat(), Data([.. Outliers.Select((_, i) => $"u{i}")], ("a", Outliers), ("b", [.. Outliers.Select(v => v % 3)])),
            new PipelineOptions { Treat = TreatSpec.Default, KeepSteps = true });
        Assert.Equal("winsorised 1", run.Treatments[0]);
        Assert.Contains(run.Steps, s => s.Step == "treated");
    }
}

public sealed class WinsoriseLimitTests
{
    [Fact]
    public void Winsorise_TieGroupWouldExceedWinMax_Stops()
    {
        double[] x = [1, 2, 3, 4, 5, 9, 9];
        Assert.Equal(0, Treatment.Winsorise(x, 1, force: true));
        Assert.Equal([1, 2, 3, 4, 5, 9, 9], x);
        Assert.Equal(2, Treatment.Winsorise(x, 2, force: true));
        Assert.Equal([1, 2, 3, 4, 5, 5, 5], x);
    }
}
