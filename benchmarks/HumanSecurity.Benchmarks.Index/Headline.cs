using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;

namespace HumanSecurity.Benchmarks.Index;

/// <summary>The two headline timings, each side by side with the reference peer in the same process.</summary>
public static class Headline
{
    public static int Run(string[] args)
    {
        var fixtures = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../shared/fixtures"));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        FullPipeline();
        Sensitivity(fixtures);
        return 0;
    }

    private static void FullPipeline()
    {
        const int Units = 50_000;
        var model = SyntheticIndex.Model();
        var data = SyntheticIndex.Data(Units);
        IndexPipeline.Run(model, SyntheticIndex.Data(500));
        var times = new List<double>();
        IndexRun? run = null;
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            run = IndexPipeline.Run(model, data);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        var engine = times[times.Count / 2];
        var cells = (double)Units * SyntheticIndex.Indicators;
        var naiveClock = Stopwatch.StartNew();
        var naive = NaivePipeline.Run(model, data, imputeAndTreat: true, 1, 100);
        var naiveTime = naiveClock.Elapsed.TotalSeconds;
        var top = run!.Tree.Index["INDEX"];
        var maxDiff = Enumerable.Range(0, Units).Max(u => Math.Abs(run.Scores[top][u] - naive[run.Units[u]]["INDEX"]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full pipeline, {Units:N0} areas x {SyntheticIndex.Indicators} indicators, 4 levels (impute mean, COINr treat, minmax, amean/gmean/softmax, ranks):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  hso engine   median of 7: {engine:F3} s  ({engine * 1e9 / cells:F1} ns per cell); steps ms: {string.Join(", ", run.Timings.Select(t => $"{t.Key} {t.Value:F0}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  naive LINQ   1 run:       {naiveTime:F3} s  ({naiveTime * 1e9 / cells:F1} ns per cell); ratio naive/engine {naiveTime / engine:F1}x; max |INDEX diff| {maxDiff:E1}"));
    }

    private static void Sensitivity(string fixtures)
    {
        var (model, csv) = CoinrImporter.Import(Path.Combine(fixtures, "coinr", "asem_iData_raw.csv"), Path.Combine(fixtures, "coinr", "asem_iMeta.csv"));
        var data = IndexDataReader.Read(csv, "asem.csv", model.UnitColumn);
        UncertainChoice[] choices =
        [
            UncertainChoice.Parse("weights:0.25"),
            UncertainChoice.Parse("aggregate:amean,genmean:0.5"),
            UncertainChoice.Parse("normalise:minmax:0:100,minmax:1:100,prank"),
            UncertainChoice.Parse("drop:indicators"),
        ];
        const int Runs = 10_000;
        SensitivityAnalysis.Run(model, data, new PipelineOptions(), choices, 200, 1, false);
        Console.WriteLine($"uncertainty analysis, ASEM model ({data.RowCount} units x {model.Indicators.Count} indicators), {Runs:N0} replications, 4 uncertain choices:");
        foreach (var cores in new[] { 1, 2 })
        {
            var result = SensitivityAnalysis.Run(model, data, new PipelineOptions(), choices, Runs, 7, false, cores);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  hso engine   {cores} core(s): {result.Seconds:F2} s  ({result.ModelRuns / result.Seconds:F0} replications/s)"));
        }
        // Peer: the naive pipeline, weights-noise replications (the engine's weights-only run is the like-for-like figure).
        var weightsOnly = SensitivityAnalysis.Run(model, data, new PipelineOptions(), [UncertainChoice.Parse("weights:0.25")], Runs, 7, false, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  hso engine   1 core, weights noise only: {weightsOnly.Seconds:F2} s  ({weightsOnly.ModelRuns / weightsOnly.Seconds:F0} replications/s)"));
        const int NaiveRuns = 300;
        var random = new Xoshiro256(7);
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < NaiveRuns; r++)
        {
            var noisy = model with
            {
                Indicators = [.. model.Indicators.Select(i => i with { Weight = i.Weight * (1 + 0.25 * (2 * random.NextDouble() - 1)) })],
                Nodes = [.. model.Nodes.Select(n => n with { Weight = n.Weight * (1 + 0.25 * (2 * random.NextDouble() - 1)) })],
            };
            NaivePipeline.Run(noisy, data, imputeAndTreat: false, 0, 100);
        }
        var perRun = clock.Elapsed.TotalSeconds / NaiveRuns;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  naive LINQ   1 core, weights noise only: {perRun * Runs:F2} s extrapolated from {NaiveRuns} replications ({1 / perRun:F0} replications/s); ratio naive/engine {perRun * Runs / weightsOnly.Seconds:F1}x"));
    }
}
