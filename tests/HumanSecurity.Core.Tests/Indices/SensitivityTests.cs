using HumanSecurity.Indices;
using static HumanSecurity.Core.Tests.Indices.TestModels;

namespace HumanSecurity.Core.Tests.Indices;

public sealed class SensitivityTests(ITestOutputHelper output)
{
    private static double Ishigami(double[] u)
    {
        const double A = 7, B = 0.1;
        var x = u.Select(v => -Math.PI + 2 * Math.PI * v).ToArray();
        return Math.Sin(x[0]) + A * Math.Pow(Math.Sin(x[1]), 2) + B * Math.Pow(x[2], 4) * Math.Sin(x[0]);
    }

    [Fact]
    public void Sobol_Ishigami_RecoversAnalyticIndices()
    {
        const int N = 20_000;
        var design = SobolIndices.Design(N, 3, new Xoshiro256(2024));
        var y = design.Select(Ishigami).ToArray();
        var est = SobolIndices.Estimate(y, N, 3, bootstrap: 200, seed: 7);
        double[] s1 = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            output.WriteLine($"x{i + 1}: Si {est[i].Si:F3} [{est[i].SiLow:F3}, {est[i].SiHigh:F3}] (exact {s1[i]:F3}); STi {est[i].Sti:F3} [{est[i].StiLow:F3}, {est[i].StiHigh:F3}] (exact {st[i]:F3})");
            Assert.Equal(s1[i], est[i].Si, 0.03);
            Assert.Equal(st[i], est[i].Sti, 0.03);
            Assert.InRange(s1[i], est[i].SiLow - 0.01, est[i].SiHigh + 0.01);
            Assert.InRange(st[i], est[i].StiLow - 0.01, est[i].StiHigh + 0.01);
        }
    }

    private static (IndexModel, IndexData) Small()
    {
        var model = new IndexModel("s", [new ModelIndicator("a", "P"), new ModelIndicator("b", "P"), new ModelIndicator("c", "Q"), new ModelIndicator("d", "Q")],
            [new ModelNode("P") { Parent = "Top" }, new ModelNode("Q") { Parent = "Top" }, new ModelNode("Top")])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("minmax:1:100") },
        };
        var units = Enumerable.Range(0, 12).Select(i => $"u{i}").ToArray();
        var r = new Random(3);
        var data = Data(units, ("a", Col(r)), ("b", Col(r)), ("c", Col(r)), ("d", Col(r)));
        return (model, data);
    }

    private static double[] Col(Random r) => [.. Enumerable.Range(0, 12).Select(_ => 1 + r.NextDouble() * 10)];

    private static UncertainChoice[] Choices() =>
        [UncertainChoice.Parse("weights:0.5"), UncertainChoice.Parse("aggregate:amean,gmean"), UncertainChoice.Parse("drop:indicators")];

    [Fact]
    public void Run_SameSeed_SameResultsWhateverTheThreads()
    {
        var (model, data) = Small();
        var one = SensitivityAnalysis.Run(model, data, new PipelineOptions(), Choices(), 200, 5, sobol: true, maxParallelism: 1, cancellationToken: TestContext.Current.CancellationToken);
        var two = SensitivityAnalysis.Run(model, data, new PipelineOptions(), Choices(), 200, 5, sobol: true, maxParallelism: 2, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(one.Ranks, two.Ranks);
        Assert.Equal(one.Sobol, two.Sobol);
        Assert.Equal(200 * 5, one.ModelRuns);
    }

    [Fact]
    public void Run_DifferentSeed_DifferentSample()
    {
        var (model, data) = Small();
        var a = SensitivityAnalysis.Run(model, data, new PipelineOptions(), Choices(), 200, 5, sobol: true, cancellationToken: TestContext.Current.CancellationToken);
        var b = SensitivityAnalysis.Run(model, data, new PipelineOptions(), Choices(), 200, 6, sobol: true, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(a.Sobol.Select(s => s.Index.Si), b.Sobol.Select(s => s.Index.Si));
    }

    [Fact]
    public void Run_NoUncertainty_RankIntervalCollapsesOnNominal()
    {
        var (model, data) = Small();
        var result = SensitivityAnalysis.Run(model, data, new PipelineOptions(), [UncertainChoice.Parse("aggregate:amean,amean")], 50, 1, sobol: false, cancellationToken: TestContext.Current.CancellationToken);
        Assert.All(result.Ranks, r => Assert.Equal((double)r.NominalRank, r.P05));
        Assert.All(result.Ranks, r => Assert.Equal((double)r.NominalRank, r.P95));
    }

    [Fact]
    public void Run_OnlyWeightNoiseOnQ_SobolGivesItAllTheVariance()
    {
        var (model, data) = Small();
        var result = SensitivityAnalysis.Run(model, data, new PipelineOptions(),
            [UncertainChoice.Parse("weights:0.6:2"), UncertainChoice.Parse("aggregate:amean,amean")], 400, 9, sobol: true, cancellationToken: TestContext.Current.CancellationToken);
        var top = result.Sobol.Where(s => s.Node == "Top").ToDictionary(s => s.Input);
        Assert.True(top["weights:0.6:2"].Index.Sti > 0.8, $"STi {top["weights:0.6:2"].Index.Sti}");
        Assert.Equal(0, top["aggregate:amean,amean"].Index.Sti, 12);
    }

    [Fact]
    public void Parse_BadChoice_NamesAcceptedForms()
    {
        var e = Assert.Throws<FormatException>(() => UncertainChoice.Parse("weights:2"));
        Assert.Contains("weights:NOISE", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => UncertainChoice.Parse("aggregate:amean"));
        Assert.Equal([1, 2, 3], UncertainChoice.Parse("treat:winmax:1-3").WinMax);
    }
}

public sealed class SensitivityConfigureTests
{
    private static readonly IndexModel Model = TestModels.Flat();

    private static PipelineOptions Configure(string choice, double u)
    {
        var tree = IndexTree.Compile(Model);
        return SensitivityAnalysis.Configure(Model, tree, new PipelineOptions(), [UncertainChoice.Parse(choice)], [u], 1).Options;
    }

    [Fact]
    public void Configure_PicksAlternativeByU()
    {
        Assert.Equal(new TreatSpec(TreatMethod.Default, 1), Configure("treat:winmax:1-5", 0.0).Treat);
        Assert.Equal(new TreatSpec(TreatMethod.Default, 5), Configure("treat:winmax:1-5", 0.99).Treat);
        Assert.Equal(ImputeMethod.Median, Configure("impute:mean,median", 0.7).Impute!.Value.Method);
        Assert.Equal(NormaliseMethod.PercentRank, Configure("normalise:minmax:0:100,prank", 0.5).Normalise!.Value.Method);
    }

    [Fact]
    public void Configure_DropIndicators_NoneOrOne()
    {
        Assert.Empty(Configure("drop:indicators", 0.1).Drop);
        Assert.Equal(["a"], Configure("drop:indicators", 0.5).Drop);
        Assert.Equal(["b"], Configure("drop:indicators", 0.9).Drop);
    }

    [Fact]
    public void Configure_WeightNoise_WithinBoundsAndReproducible()
    {
        var w = Configure("weights:0.2", 0.3).Weights;
        Assert.All(w.Values, v => Assert.InRange(v, 0.8, 1.2));
        Assert.Equal(w, Configure("weights:0.2", 0.3).Weights);
        Assert.NotEqual(w, Configure("weights:0.2", 0.31).Weights);
    }
}
