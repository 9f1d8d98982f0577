using HumanSecurity.Indices;
using HumanSecurity.Indices.Steps;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class RankingTests
{
    // Independent definition: rank = 1 + number of strictly greater values.
    private static int[] Reference(double[] x) =>
        [.. x.Select(v => double.IsNaN(v) ? 0 : 1 + x.Count(o => !double.IsNaN(o) && o > v))];

    [Theory]
    [InlineData(50)]
    [InlineData(10_000)]
    public void DescendingMinRanks_SmallAndRadixPaths_MatchDefinition(int n)
    {
        var r = new Xoshiro256(n);
        var x = new double[n];
        for (var i = 0; i < n; i++)
            x[i] = i % 17 == 0 ? double.NaN : i % 5 == 0 ? Math.Round(r.NextDouble() * 10) : (r.NextDouble() - 0.5) * 1e6;
        x[1] = -0.0;
        x[2] = 0.0;
        var ranks = new int[n];
        Ranking.DescendingMinRanks(x, ranks, new RankBuffer(4));
        Assert.Equal(Reference(x), ranks);
        Assert.Equal(ranks[1], ranks[2]);
    }
}
