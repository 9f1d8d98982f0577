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

/// <summary>COINr's <c>winsorise()</c> loop: while failing and the count is below winmax, move every point at the current
/// extreme to the next distinct value; the count is the size of the last high (and low) group, so earlier points count once.</summary>
public sealed class WinsoriseLimitTests
{
    // 1..30 then 40, 60, 100, 150, 250 fails (skew 3.59, kurtosis 14.1). Step 1: 250 → 150 (count 1, still fails: skew 2.74,
    // kurtosis 7.24); step 2: {150, 150} → 100 (count 2; 2.16, 4.18); step 3: {100, 100, 100} → 60 (count 3; 1.28 passes).
    // hso used to add 1 + 2 + 3 = 6 > 5 and fall back to log_ct; COINr winsorises 3 points.
    [Fact]
    public void DefaultTreatment_GrowingTieGroup_CountsEachPointOnce()
    {
        double[] x = [.. Enumerable.Range(1, 30).Select(v => (double)v), 40, 60, 100, 150, 250];
        Assert.Equal("winsorised 3", Treatment.DefaultTreatment(x, 5));
        Assert.Equal([.. Enumerable.Range(1, 30).Select(v => (double)v), 40, 60, 60, 60, 60], x);
        Assert.True(Moments.Passes(x));
    }

    // The limit is checked before a step, so a tied group can take the count past winmax (COINr stops after the step).
    [Fact]
    public void Winsorise_TieGroupPastWinMax_IsWinsorisedWhole()
    {
        double[] x = [1, 2, 3, 4, 5, 9, 9];
        Assert.Equal(2, Treatment.Winsorise(x, 1, force: true));
        Assert.Equal([1, 2, 3, 4, 5, 5, 5], x);
    }

    // Forced, winmax 3: {8, 8} → 7 (count 2 < 3, go on; skew 0.67 ≥ 0 so the high end again); {7, 7, 7} → 3 (count 3, stop).
    // hso used to stop before the second step because 2 + 3 > 3.
    [Fact]
    public void Winsorise_Forced_CountIsLastGroupNotRunningSum()
    {
        double[] x = [1, 1, 1, 1, 2, 3, 7, 8, 8];
        Assert.Equal(3, Treatment.Winsorise(x, 3, force: true));
        Assert.Equal([1, 1, 1, 1, 2, 3, 3, 3, 3], x);
    }

    // The side follows the sign of the skew at each step; the count adds the last low and the last high group:
    // [1, 2, 3, 7, 8, 8] has skew −0.11 < 0, so 1 → 2 (low 1); then skew 0 ≥ 0, so {8, 8} → 7 (high 2): count 3.
    [Fact]
    public void Winsorise_Forced_BothSides_CountsLowAndHighGroups()
    {
        double[] x = [1, 2, 3, 7, 8, 8];
        Assert.Equal(3, Treatment.Winsorise(x, 3, force: true));
        Assert.Equal([2, 2, 3, 7, 7, 7], x);
    }

    [Fact]
    public void Winsorise_WinMaxZero_ChangesNothing()
    {
        double[] x = [1, 2, 3, 4, 5, 9, 9];
        Assert.Equal(0, Treatment.Winsorise(x, 0, force: true));
        Assert.Equal([1, 2, 3, 4, 5, 9, 9], x);
    }

    // Negative skew winsorises the low end: the mirror image of the one-outlier case.
    [Fact]
    public void DefaultTreatment_NegativeSkew_WinsorisesLowest()
    {
        double[] x = [-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -30, -100];
        Assert.Equal("winsorised 1", Treatment.DefaultTreatment(x, 5));
        Assert.Equal(-30, x[^1]);
    }
}
