using System.Globalization;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary><c>hso index run --panel</c> in file mode on a hand-computed two-unit, two-period panel (min-max 0–100 on bounds
/// pooled over both periods: a 0–10, b 0–20 inverted, c 0–10; Top = mean(P, Q)).</summary>
[Collection(IndexCliCollection.Name)]
public sealed class IndexPanelCommandTests
{
    private const string Model = """
        name: panel
        time_column: year
        defaults:
          normalise: minmax:0:100
        indicators:
          - { code: a, parent: P }
          - { code: b, parent: P, direction: -1 }
          - { code: c, parent: Q }
        nodes:
          - { code: P, parent: Top }
          - { code: Q, parent: Top }
          - { code: Top }
        """;

    private const string Data = "unit,year,a,b,c\nu1,2020,0,10,0\nu2,2020,5,20,5\nu1,2022,10,0,10\nu2,2022,5,10,5\n";

    private static (int Exit, string Out, string Err) Run(TempDirectory dir, params string[] extra) =>
        IndexCli.Run([.. new[] { "index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out") }, .. extra]);

    private static List<string[]> Rows(string path) => [.. File.ReadAllLines(path).Skip(1).Select(l => l.Split(','))];

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Panel_WritesEveryPeriodAndLatestScores()
    {
        using var dir = new TempDirectory();
        var r = Run(dir, "--panel");
        Assert.True(r.Exit == 0, r.Err);
        var lines = File.ReadAllLines(dir.File("out/panel/scores.csv"));
        Assert.Equal("period,unit,node,level,score,rank", lines[0]);
        Assert.Equal(1 + 2 * 2 * 6, lines.Length);
        var top = Rows(dir.File("out/panel/scores.csv")).Where(f => f[2] == "Top").ToDictionary(f => (f[0], f[1]), f => (D(f[4]), f[5]));
        Assert.Equal((12.5, "2"), top[("2020", "u1")]);
        Assert.Equal((37.5, "1"), top[("2020", "u2")]);
        Assert.Equal((100.0, "1"), top[("2022", "u1")]);
        // Pooled bounds: u2's a (5 in 2022) is 50, not 0 as 2022 alone would give.
        Assert.Contains("2022,u2,a,1,50,", File.ReadAllText(dir.File("out/panel/scores.csv")), StringComparison.Ordinal);
        var latest = IndexCli.ReadScores(dir.File("out/scores.csv"));
        Assert.Equal("unit,node,level,score,rank", File.ReadLines(dir.File("out/scores.csv")).First());
        Assert.Equal(50, latest[("u2", "Top")].Score, 12);
        Assert.Contains("\"pooled_bounds\"", File.ReadAllText(dir.File("out/run.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_Trends_ChangeAndCagr()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, Run(dir, "--panel").Exit);
        Assert.Equal("unit,node,first_period,last_period,first,last,change,cagr", File.ReadLines(dir.File("out/panel/trends.csv")).First());
        var t = Rows(dir.File("out/panel/trends.csv")).ToDictionary(f => (f[0], f[1]));
        Assert.Equal(["u1", "Top", "2020", "2022", "12.5", "100", "87.5"], t[("u1", "Top")][..7]);
        Assert.Equal(Math.Sqrt(8) - 1, D(t[("u1", "Top")][7]), 12);
        Assert.Equal("", t[("u1", "a")][7]); // from 0: CAGR undefined
    }

    [Fact]
    public void Panel_Changes_HandComputedAndSumToTopChange()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, Run(dir, "--panel").Exit);
        Assert.Equal("unit,node,indicator,contribution", File.ReadLines(dir.File("out/panel/changes.csv")).First());
        var c = Rows(dir.File("out/panel/changes.csv")).ToDictionary(f => (f[0], f[2]), f => D(f[3]));
        Assert.Equal(25, c[("u1", "a")], 12);
        Assert.Equal(12.5, c[("u1", "b")], 12);
        Assert.Equal(50, c[("u1", "c")], 12);
        Assert.Equal(12.5, c[("u2", "b")], 12);
    }

    [Fact]
    public void Panel_DocsExample_ContributionsSumToChangeOfTop()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", Path.Combine(Fixtures.RepoRoot, "docs/examples/index/model.yaml"),
            "--data", Path.Combine(Fixtures.RepoRoot, "docs/examples/index/panel.csv"), "--out", dir.File("out"), "--panel");
        Assert.True(r.Exit == 0, r.Err);
        var change = Rows(dir.File("out/panel/trends.csv")).Where(f => f[1] == "INDEX").ToDictionary(f => f[0], f => D(f[6]));
        var sums = Rows(dir.File("out/panel/changes.csv")).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.Sum(f => D(f[3])));
        Assert.Equal(4, sums.Count);
        foreach (var (unit, sum) in sums) Assert.Equal(change[unit], sum, 9);
    }

    [Fact]
    public void PeriodRange_LimitsPanelAndKeepsSteps()
    {
        using var dir = new TempDirectory();
        var r = Run(dir, "--period", "2021:2022", "--keep-steps");
        Assert.True(r.Exit == 0, r.Err);
        Assert.All(Rows(dir.File("out/panel/scores.csv")), f => Assert.Equal("2022", f[0]));
        Assert.True(File.Exists(dir.File("out/steps/normalised.csv")));
        Assert.True(File.Exists(dir.File("out/panel/steps/2022/normalised.csv")));
        Assert.Single(File.ReadAllLines(dir.File("out/panel/changes.csv"))); // one period: nothing to decompose
    }

    [Fact]
    public void Panel_ZScore_NotesPerPeriodIndicators()
    {
        using var dir = new TempDirectory();
        var r = Run(dir, "--panel", "--normalise", "zscore:0:1");
        Assert.True(r.Exit == 0, r.Err);
        Assert.Contains("scored per period", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_WithSinglePeriod_UsageError()
    {
        using var dir = new TempDirectory();
        var r = Run(dir, "--panel", "--period", "2020");
        Assert.Equal(2, r.Exit);
        Assert.Contains("--period FROM:TO", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_BadRange_UsageError()
    {
        using var dir = new TempDirectory();
        Assert.Contains("ends before it starts", Run(dir, "--period", "2022:2020").Err, StringComparison.Ordinal);
        Assert.Contains("not a period", Run(dir, "--period", "x:1").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_NoTimeColumn_ErrorNamesFile()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model.Replace("time_column: year\n", "", StringComparison.Ordinal)),
            "--data", dir.Write("d.csv", "unit,a,b,c\nu1,1,2,3\nu2,2,3,4\n"), "--out", dir.File("out"), "--panel");
        Assert.Equal(1, r.Exit);
        Assert.Contains("error: d.csv: a panel needs a time column", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_PeriodRange_UsageError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "sensitivity", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--runs", "10",
            "--seed", "1", "--out", dir.File("out"), "--period", "2020:2022");
        Assert.Equal(2, r.Exit);
        Assert.Contains("only 'hso index run'", r.Err, StringComparison.Ordinal);
    }
}
