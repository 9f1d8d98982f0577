using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

[Collection(IndexCliCollection.Name)]
public sealed class CoinrConformanceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-9;

    private static (TempDirectory Dir, Dictionary<(string Unit, string Node), (double Score, int Rank, string? Class)> Scores) FromCoinrAndRun()
    {
        var iData = Fixtures.Get("coinr", "asem_iData_raw.csv");
        var iMeta = Fixtures.Get("coinr", "asem_iMeta.csv");
        var dir = new TempDirectory();
        var import = IndexCli.Run("index", "from-coinr", "--data", iData, "--meta", iMeta, "--out", dir.File("asem"));
        Assert.True(import.Exit == 0, import.Err);
        var run = IndexCli.Run("index", "run", "--model", dir.File("asem/model.yaml"), "--data", dir.File("asem/data.csv"), "--out", dir.File("out"), "--keep-steps");
        Assert.True(run.Exit == 0, run.Err);
        return (dir, IndexCli.ReadScores(dir.File("out/scores.csv")));
    }

    private void Compare(string fixture, Func<(double Score, int Rank, string? Class), double> pick, Dictionary<(string Unit, string Node), (double Score, int Rank, string? Class)> scores)
    {
        var expected = IndexCli.ReadWide(Fixtures.Get("coinr", fixture));
        double max = 0;
        foreach (var ((unit, node), want) in expected)
        {
            Assert.True(scores.TryGetValue((unit, node), out var got), $"no score for {unit}/{node}");
            if (double.IsNaN(want))
            {
                Assert.True(double.IsNaN(got.Score), $"{unit}/{node}: expected missing, got {got.Score}");
                continue;
            }
            var err = Math.Abs(pick(got) - want);
            max = Math.Max(max, err);
            Assert.True(err <= Tolerance, $"{unit}/{node}: expected {want}, got {pick(got)}");
        }
        output.WriteLine($"{fixture}: {expected.Count} values, max abs error {max:E2}");
    }

    [Fact]
    public void FromCoinrThenRun_Asem_NormalisedValuesMatchCoinr()
    {
        var (dir, scores) = FromCoinrAndRun();
        using var _ = dir;
        Compare("S_normalised_minmax_0_100.csv", s => s.Score, scores);
    }

    [Fact]
    public void FromCoinrThenRun_Asem_AggregateScoresMatchCoinr()
    {
        var (dir, scores) = FromCoinrAndRun();
        using var _ = dir;
        Compare("S_aggregates_amean_scores.csv", s => s.Score, scores);
    }

    [Fact]
    public void FromCoinrThenRun_Asem_RanksMatchCoinr()
    {
        var (dir, scores) = FromCoinrAndRun();
        using var _ = dir;
        Compare("S_aggregates_amean_ranks.csv", s => s.Rank, scores);
    }

    [Fact]
    public void Run_KeepSteps_WritesOnlyStepsThatRan()
    {
        var (dir, _) = FromCoinrAndRun();
        using var _d = dir;
        var steps = Directory.GetFiles(dir.File("out/steps")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(["aggregated.csv", "normalised.csv", "raw.csv"], steps);
        Assert.StartsWith("unit,LPI,Flights", File.ReadLines(dir.File("out/steps/raw.csv")).First(), StringComparison.Ordinal);
        var manifest = HumanSecurity.Runs.RunManifest.FromJson(File.ReadAllText(dir.File("out/run.json")));
        Assert.Equal(64, manifest.Model.Hash.Length);
        Assert.Contains("normalise", manifest.TimingsMs.Keys);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IndexCliCollection
{
    public const string Name = "index-cli";
}
