using System.Diagnostics;
using HumanSecurity.Indices.Steps;

namespace HumanSecurity.Indices;

/// <summary>Runs a model on data: denominate → impute → screen → treat → normalise → aggregate → ranks and classes.
/// Every step works on columns (<c>double[]</c> per indicator, NaN = missing).</summary>
public static partial class IndexPipeline
{
    /// <summary>Runs the whole pipeline; throws <see cref="InvalidInputException"/> with located problems for bad models or data.</summary>
    public static IndexRun Run(IndexModel model, IndexData data, PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        var clock = Stopwatch.StartNew();
        var tree = IndexTree.Compile(model, options);
        var compile = clock.Elapsed.TotalMilliseconds;
        var input = PipelineInput.Prepare(tree, data, options);
        input.Timings["compile"] = compile;
        clock.Restart();
        return Evaluate(tree, input, options, clock);
    }

    /// <summary>Runs the pipeline on prepared input (used by sensitivity analysis to skip re-reading the data). Step timings
    /// start from <paramref name="clock"/> (a new one when null); the first step also counts copying the input.</summary>
    internal static IndexRun Evaluate(IndexTree tree, PipelineInput input, PipelineOptions options, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        var defaults = tree.Model.Defaults;
        var x = input.CloneMatrix();
        var imputed = input.CloneImputed();
        var units = input.Units;
        var timings = new Dictionary<string, double>(input.Timings);
        var screened = new List<string>();
        var steps = new List<(string, string[], double[][])>();
        void Keep(string name, double[][] m, string[] u)
        {
            if (options.KeepSteps) steps.Add((name, u, m.Select(c => (double[])c.Clone()).ToArray()));
        }
        Keep("raw", input.Raw, units);
        if (input.Denominated) Keep("denominated", x, units);
        var missing = MissingMask(x, input);
        var impute = Impute(tree, x, imputed, options, input);
        if (impute) Keep("imputed", x, units);
        Lap(timings, "impute", clock);
        var screen = options.Screen ?? defaults.Screen;
        if (screen > 0)
        {
            (x, imputed, missing, units, screened) = Screening.Apply(x, imputed, missing, units, screen);
            Keep("screened", x, units);
        }
        Lap(timings, "screen", clock);
        var treatments = Treat(tree, x, options, defaults, out var treated);
        if (treated) Keep("treated", x, units);
        Lap(timings, "treat", clock);
        var scores = Normalise(tree, x, units, options);
        Keep("normalised", scores[..tree.IndicatorCount], units);
        Lap(timings, "normalise", clock);
        for (var n = tree.IndicatorCount; n < tree.NodeCount; n++)
        {
            scores[n] = new double[units.Length];
            Aggregation.Aggregate(tree, scores, n, units);
        }
        Keep("aggregated", scores[tree.IndicatorCount..], units);
        Lap(timings, "aggregate", clock);
        var run = new IndexRun(tree, units, scores) { Missing = missing, Imputed = imputed, Treatments = treatments, Period = input.Period };
        RankAll(run);
        Lap(timings, "rank", clock);
        run.Steps.AddRange(steps);
        run.Screened.AddRange(screened);
        foreach (var (k, v) in timings) run.Timings[k] = v;
        return run;
    }

    /// <summary>Which raw values were missing (including those filled over time while preparing the input).</summary>
    private static bool[][] MissingMask(double[][] x, PipelineInput input)
    {
        var missing = new bool[x.Length][];
        for (var i = 0; i < x.Length; i++)
        {
            missing[i] = new bool[x[i].Length];
            for (var r = 0; r < x[i].Length; r++) missing[i][r] = double.IsNaN(x[i][r]);
        }
        foreach (var (i, r) in input.TemporalImputed) missing[i][r] = true;
        return missing;
    }

    /// <summary>Cross-sectional imputation per indicator; true when any indicator has an imputation (temporal ones ran earlier).</summary>
    private static bool Impute(IndexTree tree, double[][] x, bool[][] imputed, PipelineOptions options, PipelineInput input)
    {
        var any = false;
        for (var i = 0; i < tree.IndicatorCount; i++)
        {
            var spec = options.Impute ?? tree.Indicators[i].Impute ?? tree.Model.Defaults.Impute;
            if (spec.Method == ImputeMethod.None) continue;
            any = true;
            if (Imputation.IsTemporal(spec)) continue;
            Imputation.CrossSection(x[i], imputed[i], spec, spec.GroupColumn is null ? null : input.Groups[spec.GroupColumn]);
        }
        return any;
    }

    /// <summary>Normalised indicator columns; the aggregate columns are left for the aggregation step.</summary>
    private static double[][] Normalise(IndexTree tree, double[][] x, string[] units, PipelineOptions options)
    {
        var scores = new double[tree.NodeCount][];
        for (var i = 0; i < tree.IndicatorCount; i++)
        {
            scores[i] = new double[units.Length];
            var spec = options.Normalise ?? tree.Indicators[i].Normalise ?? tree.Model.Defaults.Normalise;
            (double, double)? bounds = options.PooledBounds.TryGetValue(tree.Indicators[i].Code, out var b) ? b : null;
            Normalisation.Apply(x[i], scores[i], spec, tree.Indicators[i], units, bounds);
        }
        return scores;
    }

    private static string[] Treat(IndexTree tree, double[][] x, PipelineOptions options, ModelDefaults defaults, out bool any)
    {
        any = false;
        var notes = new string[tree.IndicatorCount];
        var specs = new TreatSpec[tree.IndicatorCount];
        for (var i = 0; i < tree.IndicatorCount; i++)
        {
            specs[i] = options.Treat ?? tree.Indicators[i].Treat ?? defaults.Treat;
            any |= specs[i].Method != TreatMethod.None;
        }
        if (!any) return [.. notes.Select(_ => "none")];
        void TreatOne(int i) => notes[i] = Treatment.Apply(x[i], specs[i], tree.Indicators[i].Code);
        if ((long)x.Length * (x.Length == 0 ? 0 : x[0].Length) < ParallelCells)
        {
            for (var i = 0; i < x.Length; i++) TreatOne(i);
        }
        else
        {
            try { Parallel.For(0, x.Length, TreatOne); }
            catch (AggregateException e) when (e.InnerException is InvalidInputException inner) { throw inner; }
        }
        return notes;
    }

    /// <summary>Work above this many cells is spread over cores (per indicator or node); smaller runs stay on one thread,
    /// which is what sensitivity analysis (already parallel over replications) needs.</summary>
    internal const int ParallelCells = 200_000;

    private static void RankAll(IndexRun run)
    {
        var n = run.Units.Length;
        for (var node = 0; node < run.Scores.Length; node++) run.Ranks[node] = new int[n];
        if ((long)n * run.Scores.Length < ParallelCells)
        {
            var buffer = new RankBuffer(n);
            for (var node = 0; node < run.Scores.Length; node++) Ranking.DescendingMinRanks(run.Scores[node], run.Ranks[node], buffer);
            return;
        }
        Parallel.For(0, run.Scores.Length, () => new RankBuffer(n), (node, _, buffer) =>
        {
            Ranking.DescendingMinRanks(run.Scores[node], run.Ranks[node], buffer);
            return buffer;
        }, _ => { });
    }

    private static void Lap(Dictionary<string, double> timings, string step, Stopwatch clock)
    {
        timings[step] = timings.GetValueOrDefault(step) + clock.Elapsed.TotalMilliseconds;
        clock.Restart();
    }
}
