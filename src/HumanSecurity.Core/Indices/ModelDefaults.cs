namespace HumanSecurity.Indices;

/// <summary>Global defaults of a model for each pipeline step; indicators and nodes may override them.</summary>
public sealed record ModelDefaults
{
    /// <summary>Divide indicators by their denominators.</summary>
    public bool Denominate { get; init; }

    public ImputeSpec Impute { get; init; } = ImputeSpec.None;

    /// <summary>Units with a smaller share of non-missing indicators are dropped; 0 = no screening.</summary>
    public double Screen { get; init; }

    public TreatSpec Treat { get; init; } = TreatSpec.None;

    public NormaliseSpec Normalise { get; init; } = NormaliseSpec.MinMax0To100;

    public AggregateSpec Aggregate { get; init; } = AggregateSpec.ArithmeticMean;

    /// <summary>Default share of children that must be present for an aggregate to be computed (0 = at least one).</summary>
    public double MinShare { get; init; }

    /// <summary>Per-level aggregation defaults (level number → method).</summary>
    public IReadOnlyDictionary<int, AggregateSpec> AggregateByLevel { get; init; } = new Dictionary<int, AggregateSpec>();
}
