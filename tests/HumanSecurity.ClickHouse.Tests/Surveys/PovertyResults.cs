using HumanSecurity.Poverty;

namespace HumanSecurity.ClickHouse.Tests.Surveys;

/// <summary>Compares two poverty results estimate by estimate.</summary>
internal static class PovertyResults
{
    /// <summary>Every estimate of <paramref name="expected"/> has a twin in <paramref name="actual"/> (same round, subgroup,
    /// k, indicator and measure) whose value, SE, interval, N and weighted N agree within <paramref name="tolerance"/>
    /// (relative above 1); returns how many numbers were compared.</summary>
    public static int AssertSame(PovertyResult expected, PovertyResult actual, double tolerance)
    {
        Assert.Equal(expected.Design, actual.Design);
        var compared = 0;
        compared += Same(expected.Levels, actual.Levels, tolerance);
        compared += Same(expected.Measures, actual.Measures, tolerance);
        compared += Same(expected.Indicators, actual.Indicators, tolerance);
        Assert.Equal(expected.Changes.Count, actual.Changes.Count);
        var changes = actual.Changes.ToDictionary(c => (c.Over, c.Group, c.K, c.Measure, c.Indicator, c.T0, c.T1, c.Type, c.Annualised));
        foreach (var e in expected.Changes)
        {
            var a = changes[(e.Over, e.Group, e.K, e.Measure, e.Indicator, e.T0, e.T1, e.Type, e.Annualised)];
            compared += Close($"change {e}", tolerance, (e.Value, a.Value), (e.Se, a.Se), (e.CiLow, a.CiLow), (e.CiHigh, a.CiHigh));
        }
        return compared;
    }

    private static int Same(IReadOnlyList<Estimate> expected, IReadOnlyList<Estimate> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        var byKey = actual.ToDictionary(e => (e.Round, e.Over, e.Group, e.K, e.Indicator, e.Measure));
        var compared = 0;
        foreach (var e in expected)
        {
            Assert.True(byKey.TryGetValue((e.Round, e.Over, e.Group, e.K, e.Indicator, e.Measure), out var a), $"missing estimate {e}");
            compared += Close(e.ToString(), tolerance, (e.Value, a.Value), (e.Se, a.Se), (e.CiLow, a.CiLow), (e.CiHigh, a.CiHigh), (e.N, a.N), (e.WeightedN, a.WeightedN));
        }
        return compared;
    }

    private static int Close(string what, double tolerance, params (double Expected, double Actual)[] pairs)
    {
        foreach (var (e, a) in pairs)
        {
            if (double.IsNaN(e) || double.IsNaN(a))
            {
                Assert.True(double.IsNaN(e) && double.IsNaN(a), $"{what}: {e:R} vs {a:R}");
                continue;
            }
            Assert.True(Math.Abs(e - a) <= tolerance * Math.Max(1, Math.Abs(e)), $"{what}: {e:R} vs {a:R} (difference {Math.Abs(e - a):R})");
        }
        return pairs.Length;
    }
}
