using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

[Collection(IndexCliCollection.Name)]
public sealed class IndexRunCommandTests
{
    private const string Model = """
        name: small
        defaults:
          normalise: minmax:0:100
        classes:
          - { label: Low, from: 0 }
          - { label: High, from: 50 }
        indicators:
          - { code: a, parent: P }
          - { code: b, parent: P, direction: -1 }
          - { code: c, parent: Q }
        nodes:
          - { code: P, parent: Top }
          - { code: Q, parent: Top }
          - { code: Top }
        """;

    private const string Data = "unit,a,b,c\nu1,1,10,5\nu2,3,20,7\nu3,2,30,9\n";

    [Fact]
    public void Run_SmallModel_WritesLongScoresWithClasses()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"));
        Assert.True(r.Exit == 0, r.Err);
        var lines = File.ReadAllLines(dir.File("out/scores.csv"));
        Assert.Equal("unit,node,level,score,rank,class", lines[0]);
        Assert.Equal(1 + 3 * 6, lines.Length);
        var s = IndexCli.ReadScores(dir.File("out/scores.csv"));
        // u1: a=0, b=100 (inverted), P=50, c=0 → Q=0, Top=25.
        Assert.Equal(25, s[("u1", "Top")].Score, 12);
        Assert.Equal("Low", s[("u1", "Top")].Class);
        Assert.Equal(3, s[("u1", "Top")].Rank);
        using var analysis = System.Text.Json.JsonDocument.Parse(File.ReadAllText(dir.File("out/analysis.json")));
        var eff = analysis.RootElement.GetProperty("effective_weights").GetProperty("Top");
        Assert.Equal(0.25, eff.GetProperty("a").GetDouble(), 12);
        Assert.Equal(0.5, eff.GetProperty("c").GetDouble(), 12);
        Assert.Equal(3, analysis.RootElement.GetProperty("correlations_by_level").GetProperty("1").GetProperty("codes").GetArrayLength());
    }

    [Fact]
    public void Run_AggregateLevelOverride_AppliesToThatLevel()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"),
            "--normalise", "minmax:1:10", "--aggregate-level", "3=gmean");
        Assert.True(r.Exit == 0, r.Err);
        var s = IndexCli.ReadScores(dir.File("out/scores.csv"));
        // u1: a=1, b=10 → P=5.5 (amean); c=1 → Q=1; Top=sqrt(5.5·1).
        Assert.Equal(Math.Sqrt(5.5), s[("u1", "Top")].Score, 12);
    }

    [Fact]
    public void Run_WeightsFile_ChangesWeights()
    {
        using var dir = new TempDirectory();
        var w = dir.Write("w.csv", "iCode,Weight\nQ,3\n");
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"), "--weights", w);
        Assert.True(r.Exit == 0, r.Err);
        Assert.Equal(12.5, IndexCli.ReadScores(dir.File("out/scores.csv"))[("u1", "Top")].Score, 12);
    }

    [Fact]
    public void Run_WeightsFileBadValue_LocatedError()
    {
        using var dir = new TempDirectory();
        var w = dir.Write("w.csv", "iCode,Weight\nQ,lots\n");
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"), "--weights", w);
        Assert.Equal(1, r.Exit);
        Assert.Contains("error: w.csv:2:Weight: 'lots' is not a weight", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iCode,Weight\nQ,2\nP,1,9\n", "error: w.csv:3: row has 3 cell(s); expected 2 like the header")]
    [InlineData("iCode,Weight\nQ,2\nQ,3\n", "error: w.csv:3:iCode: 'Q' is given twice; first on line 2")]
    [InlineData("iCode,Weight,Note\nQ,2,x\n", "error: w.csv:1:Note: unknown column 'Note'")]
    [InlineData("iCode,Weight\n", "error: w.csv:2: weights file has no rows")]
    public void Run_WeightsFileRaggedDuplicateOrUnknownColumn_LocatedErrorExit1(string weights, string expected)
    {
        // Issue 10, defects 4 and 10: a ragged row exited 70; duplicates and unknown columns were accepted silently.
        using var dir = new TempDirectory();
        var w = dir.Write("w.csv", weights);
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"), "--weights", w);
        Assert.Equal(1, r.Exit);
        Assert.Contains(expected, r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GeometricMeanOnZero_LocatedErrorNoStackTrace()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"), "--aggregate", "gmean");
        Assert.Equal(1, r.Exit);
        Assert.Contains("error: node P (gmean): indicator 'a' is 0 for unit 'u1'", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out/scores.csv")));
    }

    [Fact]
    public void Run_BadModelKey_LocatedError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model.Replace("direction: -1", "dir: -1", StringComparison.Ordinal)), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"));
        Assert.Equal(1, r.Exit);
        Assert.Contains("error: m.yaml:9:indicators[1].dir: unknown key 'dir'", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadDataCell_LocatedError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", "unit,a,b,c\nu1,1,10,5\nu2,three,20,7\n"), "--out", dir.File("out"));
        Assert.Equal(1, r.Exit);
        Assert.Contains("error: d.csv:3:a: 'three' is not a number", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadNormaliseOption_UsageError()
    {
        using var dir = new TempDirectory();
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", dir.Write("d.csv", Data), "--out", dir.File("out"), "--normalise", "minmax:0");
        Assert.Equal(2, r.Exit);
        Assert.Contains("--normalise: unknown normalisation 'minmax:0'", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ImputeAndScreenAndTreat_StepsWritten()
    {
        using var dir = new TempDirectory();
        // Screening counts the imputed data (COINr's Screen of the imputed data set): u4, alone in group C, has no group
        // values to be imputed from, stays empty and is screened out.
        var data = dir.Write("d.csv", "unit,g,a,b,c\nu1,A,1,10,5\nu2,A,,20,7\nu3,B,2,30,9\nu4,C,,,\n");
        var r = IndexCli.Run("index", "run", "--model", dir.Write("m.yaml", Model), "--data", data, "--out", dir.File("out"), "--keep-steps",
            "--impute", "group-mean:g", "--screen", "0.5", "--treat", "default");
        Assert.True(r.Exit == 0, r.Err);
        var steps = Directory.GetFiles(dir.File("out/steps")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(["aggregated.csv", "imputed.csv", "normalised.csv", "raw.csv", "screened.csv", "treated.csv"], steps);
        Assert.Contains("u2,1,20,7", File.ReadAllText(dir.File("out/steps/imputed.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain("u4", File.ReadAllText(dir.File("out/scores.csv")), StringComparison.Ordinal);
    }
}
