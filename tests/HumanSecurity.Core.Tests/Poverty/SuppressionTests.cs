using HumanSecurity.Poverty;
using HumanSecurity.Tables;

namespace HumanSecurity.Core.Tests.Poverty;

/// <summary>Issue 10, defect 6: with one of four admin-2 cells below the minimum count, the published whole-population
/// row and the other cells' values and weighted counts gave back the suppressed M0 and H exactly. These tests run that
/// differencing attack (and the one through an admin-1 parent) on the published output and must fail to recover the
/// suppressed cell.</summary>
public sealed class SuppressionTests
{
    private const int MinCount = 20;

    // Households per admin-2 area; area 4 (19 households) is below the minimum. Areas 1, 2 are in admin-1 "A", 3, 4 in "B".
    private static readonly int[] AreaSizes = [60, 70, 80, 19];

    private static ColumnTable Survey(int seed)
    {
        var rng = new Random(seed);
        string[] names = ["hh_id", "w", "size", "adm1", "adm2", .. Enumerable.Range(1, RandomSurvey.Indicators).Select(j => $"d{j}")];
        var cols = names.ToDictionary(n => n, _ => new List<double>());
        var id = 0;
        for (var area = 0; area < AreaSizes.Length; area++)
            for (var i = 0; i < AreaSizes[area]; i++)
            {
                cols["hh_id"].Add(++id);
                cols["w"].Add(0.5 + rng.NextDouble() * 2);
                cols["size"].Add(rng.Next(1, 8));
                cols["adm1"].Add(area < 2 ? 1 : 2);
                cols["adm2"].Add(area + 1);
                for (var j = 1; j <= RandomSurvey.Indicators; j++) cols[$"d{j}"].Add(rng.NextDouble() < 0.2 + 0.15 * area ? 1 : 0);
            }
        return new ColumnTable("s.csv", [.. names.Select(n => (Column)new NumericColumn(n, [.. cols[n]]))]);
    }

    private static (PovertyResult Raw, PovertyResult Published) Run(int seed, params string[] over)
    {
        var spec = RandomSurvey.Spec(design: false) with { Over = over };
        var sample = SurveySampleBuilder.Build(spec, Survey(seed), "s.csv");
        var raw = PovertyEstimator.Estimate(sample, spec, standardErrors: false);
        return (raw, Suppression.Apply(raw, MinCount, sample, out _));
    }

    /// <summary>The attacker's estimate of the hidden cells of one partition under a parent: (parent value × parent
    /// weighted n − Σ published value × weighted n) / (parent weighted n − Σ published weighted n), which is exact when
    /// one cell is hidden.</summary>
    private static double Difference(IEnumerable<Estimate> children, Estimate parent)
    {
        var published = children.Where(c => !c.Suppressed).ToList();
        var hiddenWeight = parent.WeightedN - published.Sum(c => c.WeightedN);
        return (parent.Value * parent.WeightedN - published.Sum(c => c.Value * c.WeightedN)) / hiddenWeight;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void DifferencingThroughTheWholePopulation_DoesNotRecoverTheSmallCell(int seed)
    {
        var (raw, published) = Run(seed, "adm2");
        foreach (var k in new[] { "20", "1/3", "50" })
            foreach (var measure in new[] { "M0", "H" })
            {
                var rows = published.Levels.Where(l => l.K == k && l.Measure == measure).ToList();
                var cells = rows.Where(l => l.Over == "adm2").ToList();
                var truth = raw.Levels.Single(l => l is { Over: "adm2", Group: "4" } && l.K == k && l.Measure == measure).Value;
                Assert.True(cells.Single(c => c.Group == "4").Suppressed);
                Assert.True(cells.Count(c => c.Suppressed) >= 2, "the small cell's complement must be suppressed too");
                Assert.All(cells.Where(c => c.Suppressed), c => Assert.True(double.IsNaN(c.N) && double.IsNaN(c.WeightedN) && double.IsNaN(c.Value)));
                var attack = Difference(cells, rows.Single(l => l.Over == "all"));
                Assert.True(Math.Abs(attack - truth) > 1e-6, $"recovered {measure} = {truth} of the suppressed cell");
            }
    }

    [Fact]
    public void DifferencingThroughTheAdmin1Parent_DoesNotRecoverTheSmallCell()
    {
        var (raw, published) = Run(4, "adm1", "adm2");
        var rows = published.Levels.Where(l => l.K == "1/3" && l.Measure == "M0").ToList();
        var parentB = rows.Single(l => l is { Over: "adm1", Group: "2" });
        Assert.False(parentB.Suppressed);
        var inB = rows.Where(l => l.Over == "adm2" && l.Group is "3" or "4").ToList();
        Assert.All(inB, c => Assert.True(c.Suppressed));
        var truth = raw.Levels.Single(l => l is { Over: "adm2", Group: "4", K: "1/3", Measure: "M0" }).Value;
        Assert.True(Math.Abs(Difference(inB, parentB) - truth) > 1e-6);
        // The share and contribution measures of the hidden cells are withheld as well.
        Assert.All(published.Measures.Where(m => m.Over == "adm2" && m.Group is "3" or "4"), m => Assert.True(double.IsNaN(m.Value)));
    }

    [Fact]
    public void NoSmallCell_NothingSuppressed_ValuesUnchanged()
    {
        var spec = RandomSurvey.Spec(design: false) with { Over = ["adm1"] };
        var sample = SurveySampleBuilder.Build(spec, Survey(5), "s.csv");
        var raw = PovertyEstimator.Estimate(sample, spec, standardErrors: false);
        var published = Suppression.Apply(raw, MinCount, sample, out var suppressed);
        Assert.Equal(0, suppressed);
        Assert.Equal(raw.Levels, published.Levels);
    }
}
