using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Core.Tests.Runs;

public sealed class ScoreComparisonTests
{
    private static ScoreRow Row(string unit, string node, double score, string? period = "2024") => new(unit, node, 1, period, score, 0, null);

    [Fact]
    public void Compare_SameScoresWithinTolerance_Equal()
    {
        var saved = new[] { Row("a", "X", 1.5), Row("b", "X", double.NaN), Row("a", "Y", 1e6) };
        var fresh = new[] { Row("a", "Y", 1e6 * (1 + 1e-12)), Row("a", "X", 1.5 + 1e-12), Row("b", "X", double.NaN) };
        var report = ScoreComparison.Compare(saved, fresh);
        Assert.Equal(VerifyOutcome.Equal, report.Outcome);
        Assert.Empty(report.Reasons);
        Assert.Equal(3, report.ComparedCells);
        Assert.Equal(["X", "Y"], report.Nodes.Select(n => n.Node));
    }

    [Fact]
    public void Compare_ChangedScore_MaxDifferenceAndWorstUnitPerNode()
    {
        var saved = new[] { Row("a", "X", 1), Row("b", "X", 2), Row("c", "X", 3), Row("a", "Y", 5) };
        var fresh = new[] { Row("a", "X", 1.25), Row("b", "X", 2.5), Row("c", "X", 3), Row("a", "Y", 5) };
        var report = ScoreComparison.Compare(saved, fresh);
        Assert.Equal(VerifyOutcome.Different, report.Outcome);
        var x = report.Nodes.Single(n => n.Node == "X");
        Assert.Equal((3, 2, 0.5, "b", "2024"), (x.Cells, x.DifferingCells, x.MaxAbsDifference, x.WorstUnit, x.WorstPeriod));
        Assert.Equal(0, report.Nodes.Single(n => n.Node == "Y").DifferingCells);
        Assert.Contains("largest difference 0.5 on X for b in 2024", report.Reasons.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ScoreMissingOnOneSide_InfiniteDifference()
    {
        var report = ScoreComparison.Compare([Row("a", "X", 1)], [Row("a", "X", double.NaN)]);
        Assert.Equal(double.PositiveInfinity, report.Nodes[0].MaxAbsDifference);
        Assert.Equal(VerifyOutcome.Different, report.Outcome);
    }

    [Fact]
    public void Compare_MissingAndExtraRows_NamedWithAnExample()
    {
        var report = ScoreComparison.Compare([Row("a", "X", 1), Row("b", "X", 1)], [Row("a", "X", 1), Row("c", "Z", 1, null)]);
        Assert.Equal(VerifyOutcome.Different, report.Outcome);
        Assert.Contains(report.Reasons, r => r.StartsWith("1 score row(s) of the saved run are not in the recomputation (e.g. unit b, node X, period 2024)", StringComparison.Ordinal));
        Assert.Contains(report.Reasons, r => r.StartsWith("1 score row(s) of the recomputation are not in the saved run (e.g. unit c, node Z)", StringComparison.Ordinal));
    }

    [Fact]
    public void WithDifferences_EqualBecomesDifferent_CannotVerifyStays()
    {
        var equal = ScoreComparison.Compare([Row("a", "X", 1)], [Row("a", "X", 1)]);
        Assert.Equal(VerifyOutcome.Different, equal.WithDifferences(["file changed"]).Outcome);
        Assert.Equal("file changed", equal.WithDifferences(["file changed"]).Reasons[0]);
        Assert.Equal(VerifyOutcome.CannotVerify, VerifyReport.CannotVerify("gone").WithDifferences(["file changed"]).Outcome);
        Assert.Same(equal, equal.WithDifferences([]));
    }
}
