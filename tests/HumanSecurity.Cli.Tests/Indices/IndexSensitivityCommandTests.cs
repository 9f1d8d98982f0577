using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

[Collection(IndexCliCollection.Name)]
public sealed class IndexSensitivityCommandTests
{
    private static (int, string) Run(TempDirectory dir, string outName, params string[] extra)
    {
        var iData = Fixtures.Get("coinr", "asem_iData_raw.csv");
        var iMeta = Fixtures.Get("coinr", "asem_iMeta.csv");
        if (!File.Exists(dir.File("asem/model.yaml")))
            Assert.Equal(0, IndexCli.Run("index", "from-coinr", "--data", iData, "--meta", iMeta, "--out", dir.File("asem")).Exit);
        string[] args = ["index", "sensitivity", "--model", dir.File("asem/model.yaml"), "--data", dir.File("asem/data.csv"), "--out", dir.File(outName), .. extra];
        var r = IndexCli.Run(args);
        return (r.Exit, r.Err);
    }

    [Fact]
    public void Sensitivity_Asem_WritesRanksAndSobolReproducibly()
    {
        using var dir = new TempDirectory();
        string[] vary = ["--runs", "60", "--seed", "11", "--sobol", "--vary", "weights:0.25", "--vary", "aggregate:amean,genmean:0.5", "--vary", "drop:indicators"];
        var (exit, err) = Run(dir, "a", vary);
        Assert.True(exit == 0, err);
        Assert.Equal(0, Run(dir, "b", vary).Item1);
        Assert.Equal("unit,node,nominal_rank,median_rank,p05,p95", File.ReadLines(dir.File("a/ranks.csv")).First());
        Assert.Equal("input,node,si,si_low,si_high,sti,sti_low,sti_high", File.ReadLines(dir.File("a/sobol.csv")).First());
        Assert.Equal(File.ReadAllText(dir.File("a/ranks.csv")), File.ReadAllText(dir.File("b/ranks.csv")));
        Assert.Equal(File.ReadAllText(dir.File("a/sobol.csv")), File.ReadAllText(dir.File("b/sobol.csv")));
        Assert.Equal(1 + 51 * 11, File.ReadAllLines(dir.File("a/ranks.csv")).Length);
        Assert.Equal(1 + 3 * 11, File.ReadAllLines(dir.File("a/sobol.csv")).Length);
        // Nominal ranks are COINr's.
        var expected = IndexCli.ReadWide(Fixtures.Get("coinr", "S_aggregates_amean_ranks.csv"));
        var line = File.ReadLines(dir.File("a/ranks.csv")).First(l => l.StartsWith("AUT,Index,", StringComparison.Ordinal));
        Assert.Equal(expected[("AUT", "Index")].ToString(System.Globalization.CultureInfo.InvariantCulture), line.Split(',')[2]);
    }

    [Fact]
    public void Sensitivity_BadVary_UsageError()
    {
        using var dir = new TempDirectory();
        var (exit, err) = Run(dir, "a", "--vary", "weights:lots");
        Assert.Equal(2, exit);
        Assert.Contains("--vary 'weights:lots'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_GeometricOnZeros_LocatedError()
    {
        using var dir = new TempDirectory();
        var (exit, err) = Run(dir, "a", "--runs", "20", "--vary", "aggregate:amean,gmean");
        Assert.Equal(1, exit);
        Assert.Contains("(gmean): indicator", err, StringComparison.Ordinal);
    }
}
