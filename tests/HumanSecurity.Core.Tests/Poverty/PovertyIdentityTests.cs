using HumanSecurity.Poverty;

namespace HumanSecurity.Core.Tests.Poverty;

public sealed class PovertyIdentityTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12345)]
    public void Estimate_RandomData_DecompositionIdentitiesHold(int seed)
    {
        var spec = RandomSurvey.Spec();
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, RandomSurvey.Create(seed), "random.csv"), spec);
        Assert.True(result.IdentityError < 1e-12, $"identity error {result.IdentityError}");
        foreach (var k in spec.K.Select(k => k.Label))
        {
            var m0 = PovertyFixtureTests.Level(result.Levels, k, "M0");
            var h = PovertyFixtureTests.Level(result.Levels, k, "H");
            var a = PovertyFixtureTests.Level(result.Levels, k, "A");
            Assert.Equal(m0, h * a, 12);
            foreach (var over in spec.Over)
            {
                var groups = result.Levels.Where(l => l.Over == over && l.K == k && l.Measure == "M0").ToList();
                var shares = result.Measures.Where(l => l.Over == over && l.K == k && l.Measure == "share").ToDictionary(l => l.Group, l => l.Value);
                Assert.Equal(1, shares.Values.Sum(), 12);
                Assert.Equal(m0, groups.Sum(g => shares[g.Group] * g.Value), 12);
                Assert.Equal(1, result.Measures.Where(l => l.Over == over && l.K == k && l.Measure == "contrib").Sum(l => l.Value), 12);
            }
            var actb = result.Indicators.Where(i => i.Over == "all" && i.K == k && i.Measure == "actb").Sum(i => i.Value);
            Assert.Equal(m0, actb, 12);
            Assert.Equal(1, result.Indicators.Where(i => i.Over == "all" && i.K == k && i.Measure == "pctb").Sum(i => i.Value), 12);
        }
    }

    [Fact]
    public void Estimate_LargerK_NeverRaisesHeadcount()
    {
        var spec = RandomSurvey.Spec();
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, RandomSurvey.Create(5), "random.csv"), spec);
        var h = spec.K.Select(k => PovertyFixtureTests.Level(result.Levels, k.Label, "H")).ToList();
        Assert.True(h[0] >= h[1] && h[1] >= h[2], string.Join(", ", h));
        Assert.True(h[2] > 0);
    }
}
