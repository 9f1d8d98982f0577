using HumanSecurity.Indices.Steps;

namespace HumanSecurity.Indices;

/// <summary>One run per period of panel data, normalised on one scale: min-max, dist2max and data-derived goalposts use each
/// indicator's min and max pooled over all the panel's periods (as COINr's panel guidance and INFORM's fixed goalposts do),
/// so a score that moves between periods reflects the unit's data, not the other units' data that year. Other
/// normalisations (z-score, ranks, distance to a reference or target) are cross-sectional and stay per period.</summary>
public sealed class IndexPanel
{
    private IndexPanel(IReadOnlyList<IndexRun> runs, IReadOnlyDictionary<string, (double Min, double Max)> bounds)
    {
        Runs = runs;
        Bounds = bounds;
    }

    /// <summary>One run per period, in ascending period order.</summary>
    public IReadOnlyList<IndexRun> Runs { get; }

    /// <summary>Raw min and max per indicator over all periods (the values entering normalisation).</summary>
    public IReadOnlyDictionary<string, (double Min, double Max)> Bounds { get; }

    /// <summary>The latest period's run.</summary>
    public IndexRun Latest => Runs[^1];

    /// <summary>Runs the model once per period of <paramref name="data"/> (all periods, or those in [from, to]).</summary>
    public static IndexPanel Run(IndexModel model, IndexData data, PipelineOptions? options = null, double? from = null, double? to = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PipelineOptions();
        if (data.Time is null)
            throw new InvalidInputException(data.Source, "a panel needs a time column (the model's time_column, or one named Time, period or year)");
        var periods = data.Time.Where(t => !double.IsNaN(t) && t >= (from ?? double.NegativeInfinity) && t <= (to ?? double.PositiveInfinity))
            .Distinct().Order().ToArray();
        if (periods.Length == 0)
            throw new InvalidInputException(data.Source, $"no periods in the data{(from is null && to is null ? "" : $" between {from} and {to}")}");
        var bounds = Pool(periods.Select(p => IndexPipeline.Run(model, data, options with { Period = p, KeepSteps = true, PooledBounds = Empty })));
        var runs = periods.Select(p => IndexPipeline.Run(model, data, options with { Period = p, PooledBounds = bounds })).ToList();
        return new IndexPanel(runs, bounds);
    }

    /// <summary>Builds a panel from runs made elsewhere (e.g. one per year of a store) with <see cref="PipelineOptions.PooledBounds"/>.</summary>
    public static IndexPanel FromRuns(IReadOnlyList<IndexRun> runs, IReadOnlyDictionary<string, (double Min, double Max)> bounds)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("a panel needs at least one run", nameof(runs));
        return new IndexPanel(runs, bounds);
    }

    /// <summary>Min and max per indicator of the matrix that entered normalisation (the step kept just before
    /// <c>normalised</c>), over runs made with <see cref="PipelineOptions.KeepSteps"/>.</summary>
    public static Dictionary<string, (double Min, double Max)> Pool(IEnumerable<IndexRun> runsWithSteps)
    {
        ArgumentNullException.ThrowIfNull(runsWithSteps);
        var pooled = new Dictionary<string, (double Min, double Max)>(StringComparer.Ordinal);
        foreach (var run in runsWithSteps)
        {
            var at = run.Steps.FindIndex(s => s.Step == "normalised");
            if (at < 1) throw new ArgumentException("runs must keep their steps", nameof(runsWithSteps));
            var input = run.Steps[at - 1].Values;
            for (var i = 0; i < run.Tree.IndicatorCount; i++)
            {
                var (min, max) = Moments.MinMax(input[i]);
                if (double.IsNaN(min)) continue;
                var code = run.Tree.Codes[i];
                pooled[code] = pooled.TryGetValue(code, out var b) ? (Math.Min(b.Min, min), Math.Max(b.Max, max)) : (min, max);
            }
        }
        return pooled;
    }

    /// <summary>Indicator codes whose normalisation does not use pooled bounds (scored per period).</summary>
    public static IReadOnlyList<string> PerPeriodIndicators(IndexRun run, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var tree = run.Tree;
        return [.. Enumerable.Range(0, tree.IndicatorCount)
            .Where(i => !Normalisation.UsesBounds((options.Normalise ?? tree.Indicators[i].Normalise ?? tree.Model.Defaults.Normalise).Method))
            .Select(i => tree.Codes[i])];
    }

    private static readonly Dictionary<string, (double Min, double Max)> Empty = [];
}
