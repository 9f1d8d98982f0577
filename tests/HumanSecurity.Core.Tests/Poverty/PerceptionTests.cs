using HumanSecurity.Poverty;
using HumanSecurity.Poverty.Perception;
using HumanSecurity.Tables;

namespace HumanSecurity.Core.Tests.Poverty;

public sealed class PerceptionTests
{
    // Items: a (1 secure .. 4 insecure), b (4 secure .. 1 insecure, -1 = no answer), c mapped.
    private static readonly ColumnTable People = SmallCsv.Parse("p.csv",
    [
        "id,w,a,b,c",
        "1,1,1,4,0",     // a 0, b 0 -> d1 0; c 0 -> d2 0; score 0
        "2,1,4,1,2",     // a 1, b 1 -> d1 1; c 1 -> d2 1; score 1
        "3,2,4,-1,1",    // a 1, b missing -> d1 1; c 0.5 -> d2 0.5; score 0.75
        "4,1,2,3,",      // a 1/3, b 1/3 -> d1 1/3; c missing -> d2 missing -> dropped
        "5,1,1,2,1",     // a 0, b 2/3 -> d1 1/3; c 0.5 -> d2 0.5; score 5/12
    ]);

    private static PerceptionSpec Spec() => new()
    {
        Unit = "id",
        Weight = "w",
        Items =
        [
            new("a", "d1", new ItemRecode(1, 4)), new("b", "d1", new ItemRecode(4, 1)),
            new("c", "d2", new ItemRecode(0, 1, new Dictionary<string, double> { ["0"] = 0, ["1"] = 0.5, ["2"] = 1 })),
        ],
        Dimensions = [new("d1", new Rational(1, 2)), new("d2", new Rational(1, 2))],
        Bands = [new("secure", new Rational(1, 3)), new("insecure", null)],
        DimensionCutoff = new Rational(1, 2),
        K = [new PovertyCutoff(new Rational(1, 2), "1/2"), new PovertyCutoff(Rational.One, "1")],
    };

    [Fact]
    public void Run_SmallSample_ScoresBandsAndCountingMatchHandComputation()
    {
        var result = PerceptionEstimator.Run(Spec(), People, "p.csv");
        Assert.Equal(4, result.Sample.Count);
        // weights 1, 1, 2, 1 (total 5); scores 0, 1, 0.75, 5/12.
        Assert.Equal((1 + 2 * 0.75 + 5.0 / 12) / 5, Value(result.Bands, "score", "mean"), 14);
        Assert.Equal(1.0 / 5, Value(result.Bands, "secure", "share"), 14);
        Assert.Equal(4.0 / 5, Value(result.Bands, "insecure", "share"), 14);
        // Dimension flags (score >= 1/2): p1 00, p2 11, p3 11, p5 01 -> counts 0, 2, 2, 1 of 2.
        Assert.Equal(4.0 / 5, PovertyFixtureTests.Level(result.Counting.Levels, "1/2", "H"), 14);
        Assert.Equal(3.0 / 5, PovertyFixtureTests.Level(result.Counting.Levels, "1", "H"), 14);
        Assert.Equal((0.5 + 1 + 2) / 5, PovertyFixtureTests.Level(result.Counting.Levels, "1/2", "M0"), 14);
        Assert.All(result.Bands, b => Assert.False(double.IsNaN(b.Se)));
    }

    [Fact]
    public void Run_BadSpec_ReportsDimensionAndBandProblems()
    {
        var spec = Spec() with
        {
            Dimensions = [new("d1", new Rational(1, 2)), new("d2", new Rational(1, 3))],
            Bands = [new("secure", new Rational(1, 3)), new("insecure", new Rational(1, 2))],
        };
        var e = Assert.Throws<InvalidInputException>(() => PerceptionEstimator.Run(spec, People, "p.csv"));
        Assert.Contains(e.Problems, p => p.Message.Contains("sum to 5/6", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("must have no 'below' bound", StringComparison.Ordinal));
    }

    private static double Value(IEnumerable<Estimate> rows, string name, string measure) =>
        rows.Single(r => r.Over == "all" && r.Indicator == name && r.Measure == measure).Value;
}
