namespace HumanSecurity.Indices;

/// <summary>A leaf of an index model: one indicator column with its direction, weight and per-indicator overrides.</summary>
public sealed record ModelIndicator(string Code, string Parent)
{
    public string? Name { get; init; }

    /// <summary>+1 when the indicator moves with the index, −1 when it is inverted.</summary>
    public int Direction { get; init; } = 1;

    public double Weight { get; init; } = 1;

    /// <summary>Column the indicator is divided by in the denominate step; null = none.</summary>
    public string? Denominator { get; init; }

    /// <summary>Lower goalpost (value mapped to 0 before inversion); null = data minimum.</summary>
    public double? GoalMin { get; init; }

    /// <summary>Upper goalpost (value mapped to the scale maximum); null = data maximum.</summary>
    public double? GoalMax { get; init; }

    /// <summary>Target for <c>dist2targ</c>.</summary>
    public double? Target { get; init; }

    /// <summary>Reference unit for <c>dist2ref</c>.</summary>
    public string? Reference { get; init; }

    public TreatSpec? Treat { get; init; }

    public NormaliseSpec? Normalise { get; init; }

    public ImputeSpec? Impute { get; init; }

    /// <summary>Extra parents beyond <see cref="Parent"/> (an indicator may feed several views).</summary>
    public IReadOnlyList<string> ExtraParents { get; init; } = [];

    /// <summary>Where the indicator was declared, e.g. <c>model.yaml:12</c>, for error messages.</summary>
    public string? Location { get; init; }
}
