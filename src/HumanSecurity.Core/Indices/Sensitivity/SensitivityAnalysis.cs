using System.Diagnostics;

namespace HumanSecurity.Indices;

/// <summary>Uncertainty and sensitivity analysis of an index (COINr <c>get_sensitivity</c>): the pipeline is re-run with the
/// uncertain choices sampled at random (seeded, so the analysis is reproducible; runs in parallel, results independent of
/// the number of threads). Uncertainty: nominal, median and 5–95% ranks per unit and aggregate node. Sensitivity (Sobol):
/// Saltelli design with N base rows, N(d + 2) runs; the output of a node is the mean absolute rank shift of the units
/// against the nominal ranks.</summary>
public static partial class SensitivityAnalysis
{
    public static SensitivityResult Run(IndexModel model, IndexData data, PipelineOptions nominal, IReadOnlyList<UncertainChoice> choices,
        int runs, int seed, bool sobol, int? maxParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0) throw new InvalidInputException("--vary", "give at least one uncertain choice (--vary)");
        if (runs < 2) throw new InvalidInputException("--runs", "give at least 2 runs");
        foreach (var c in choices.Where(c => c.Imputations.Any(Steps.Imputation.IsTemporal)))
            throw new InvalidInputException("--vary", $"'{c.Text}': only cross-sectional imputations can be varied");
        var clock = Stopwatch.StartNew();
        var tree = IndexTree.Compile(model, nominal);
        var input = PipelineInput.Prepare(tree, data, nominal);
        var baseRun = IndexPipeline.Evaluate(tree, input, nominal);
        var nodes = Enumerable.Range(tree.IndicatorCount, tree.NodeCount - tree.IndicatorCount).ToArray();
        var units = baseRun.Units.Length;
        var random = new Xoshiro256(seed);
        var samples = sobol ? SobolIndices.Design(runs, choices.Count, random) : UniformSamples(runs, choices.Count, random);
        var ranks = new int[samples.Length][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, samples.Length, parallel, s =>
            {
                var (t, o) = Configure(model, tree, nominal, choices, samples[s], seed);
                var r = IndexPipeline.Evaluate(t, input.For(t, tree), o);
                ranks[s] = Extract(r, tree, nodes, units);
            });
        }
        catch (AggregateException e) when (e.InnerException is InvalidInputException inner)
        {
            throw inner;
        }
        var uaRows = sobol ? 2 * runs : runs;
        var nominalRanks = Extract(baseRun, tree, nodes, units);
        var stats = RankStats(baseRun, tree, nodes, nominalRanks, ranks.AsSpan(0, uaRows).ToArray());
        var sobolEstimates = sobol ? Sobol(tree, nodes, units, nominalRanks, ranks, runs, choices, seed) : [];
        return new SensitivityResult(stats, sobolEstimates, samples.Length, clock.Elapsed.TotalSeconds);
    }

    private static double[][] UniformSamples(int runs, int d, Xoshiro256 random)
    {
        var s = new double[runs][];
        for (var r = 0; r < runs; r++)
        {
            s[r] = new double[d];
            for (var i = 0; i < d; i++) s[r][i] = random.NextDouble();
        }
        return s;
    }

    /// <summary>Ranks of the nominal tree's aggregate nodes (by code) for every unit; 0 when missing or dropped.</summary>
    private static int[] Extract(IndexRun run, IndexTree nominal, int[] nodes, int units)
    {
        var result = new int[nodes.Length * units];
        for (var k = 0; k < nodes.Length; k++)
        {
            if (!run.Tree.Index.TryGetValue(nominal.Codes[nodes[k]], out var n)) continue;
            Array.Copy(run.Ranks[n], 0, result, k * units, units);
        }
        return result;
    }

    private static List<RankStatistics> RankStats(IndexRun baseRun, IndexTree tree, int[] nodes, int[] nominal, int[][] ranks)
    {
        var units = baseRun.Units.Length;
        var list = new List<RankStatistics>();
        var buffer = new List<double>(ranks.Length);
        for (var k = 0; k < nodes.Length; k++)
        {
            for (var u = 0; u < units; u++)
            {
                buffer.Clear();
                foreach (var r in ranks) if (r[k * units + u] > 0) buffer.Add(r[k * units + u]);
                var sorted = buffer.Order().ToArray();
                list.Add(new RankStatistics(baseRun.Units[u], tree.Codes[nodes[k]], nominal[k * units + u],
                    SobolIndices.Quantile(sorted, 0.5), SobolIndices.Quantile(sorted, 0.05), SobolIndices.Quantile(sorted, 0.95)));
            }
        }
        return list;
    }

    private static List<SobolEstimate> Sobol(IndexTree tree, int[] nodes, int units, int[] nominal, int[][] ranks, int n, IReadOnlyList<UncertainChoice> choices, int seed)
    {
        var list = new List<SobolEstimate>();
        for (var k = 0; k < nodes.Length; k++)
        {
            var y = new double[ranks.Length];
            for (var s = 0; s < ranks.Length; s++)
            {
                double shift = 0;
                var count = 0;
                for (var u = 0; u < units; u++)
                {
                    int a = nominal[k * units + u], b = ranks[s][k * units + u];
                    if (a == 0 || b == 0) continue;
                    shift += Math.Abs(a - b);
                    count++;
                }
                y[s] = count == 0 ? 0 : shift / count;
            }
            var est = SobolIndices.Estimate(y, n, choices.Count, seed: seed);
            for (var i = 0; i < choices.Count; i++) list.Add(new SobolEstimate(choices[i].Text, tree.Codes[nodes[k]], est[i]));
        }
        return list;
    }
}
