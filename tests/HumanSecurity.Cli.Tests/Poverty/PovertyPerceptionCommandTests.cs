using System.Globalization;
using System.Text;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Poverty;

public sealed class PovertyPerceptionCommandTests
{
    private static readonly string[] Items = ["Q131", "Q132", "Q133", "Q134", "Q135", "Q136", "Q137", "Q138", "Q52", "Q142", "Q143", "Q51", "Q53", "Q54", "Q55", "Q146", "Q147", "Q148"];

    [Fact]
    public async Task Perception_BuiltInWvsSpecOnSyntheticWave_WritesBandsAndCounting()
    {
        using var dir = new TempDirectory();
        var rng = new Random(31);
        var csv = new StringBuilder("D_INTERVIEW,W_WEIGHT,B_COUNTRY_ALPHA," + string.Join(",", Items) + "\n");
        for (var i = 1; i <= 300; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{i},{0.5 + rng.NextDouble()},{(i % 2 == 0 ? "AAA" : "BBB")}");
            foreach (var _ in Items) csv.Append(',').Append(rng.NextDouble() < 0.05 ? -1 : 1 + rng.Next(4));
            csv.Append('\n');
        }
        var data = dir.Write("wvs.csv", csv.ToString());
        var code = await HsoApp.RunAsync(["poverty", "perception", "--spec", "perception-wvs", "--data", data, "--out", dir.File("o")]);
        Assert.Equal(0, code);
        var bands = File.ReadAllLines(dir.File("o/bands.csv"));
        Assert.Equal("t,over,group,band,measure,value,se,ci_low,ci_high,n,weighted_n", bands[0]);
        var shares = bands.Where(l => l.StartsWith(",all,all,", StringComparison.Ordinal) && l.Contains(",share,", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(',')[5], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, shares.Count);
        Assert.Equal(1, shares.Sum(), 12);
        Assert.Contains(bands, l => l.StartsWith(",B_COUNTRY_ALPHA,AAA,very_insecure,share,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(dir.File("o/levels.csv")), l => l.StartsWith(",all,all,1/4,H,", StringComparison.Ordinal));
    }
}
