namespace HumanSecurity.Indices;

/// <summary>An aggregate of an index model (component, category, dimension, index) with its own method and missing-data policy.</summary>
public sealed record ModelNode(string Code)
{
    public string? Name { get; init; }

    /// <summary>Parent node code; null for a root (the index, or a second view).</summary>
    public string? Parent { get; init; }

    /// <summary>Level in the tree (1 = indicators, so aggregates start at 2); 0 = derived from the tree.</summary>
    public int Level { get; init; }

    /// <summary>Weight of this node inside its parent.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Aggregation method; null = the model default.</summary>
    public AggregateSpec? Aggregate { get; init; }

    /// <summary>Share of children (by count) that must be present, else the score is missing; null = the model default.</summary>
    public double? MinShare { get; init; }

    /// <summary>Catalogue selector (<c>cluster=Climate</c>, <c>impact=Survival</c>): catalogue indicators matching it become children.</summary>
    public string? Members { get; init; }

    public string? Location { get; init; }
}
