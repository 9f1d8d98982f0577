namespace HumanSecurity.Indices;

/// <summary>Run-time overrides of a model's defaults (the <c>hso index run</c> options). Null = use the model.</summary>
public sealed record PipelineOptions
{
    public NormaliseSpec? Normalise { get; init; }

    /// <summary>Aggregation for every node.</summary>
    public AggregateSpec? Aggregate { get; init; }

    /// <summary>Aggregation per level (applied after <see cref="Aggregate"/>).</summary>
    public IReadOnlyDictionary<int, AggregateSpec> AggregateByLevel { get; init; } = new Dictionary<int, AggregateSpec>();

    /// <summary>Weights by node or indicator code.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    public TreatSpec? Treat { get; init; }

    public ImputeSpec? Impute { get; init; }

    public bool? Denominate { get; init; }

    public double? Screen { get; init; }

    /// <summary>Keep a copy of the indicator matrix after every step.</summary>
    public bool KeepSteps { get; init; }

    /// <summary>Panel data: the period to score (default: the latest).</summary>
    public double? Period { get; init; }

    /// <summary>Raw (undirected) min and max per indicator code, pooled over the periods of a panel: min-max, dist2max and
    /// data-derived goalposts normalise against these instead of the scored period's values (see <see cref="IndexPanel"/>).</summary>
    public IReadOnlyDictionary<string, (double Min, double Max)> PooledBounds { get; init; } = new Dictionary<string, (double Min, double Max)>();

    /// <summary>Codes of indicators or nodes left out (sensitivity "drop" choices).</summary>
    public IReadOnlySet<string> Drop { get; init; } = new HashSet<string>();
}
