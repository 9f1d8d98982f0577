using HumanSecurity.Observations;

namespace HumanSecurity.Storage;

/// <summary>Filters for reading observations; a null or empty filter matches everything.</summary>
public sealed record ObservationQuery
{
    public static ObservationQuery All { get; } = new();

    public IReadOnlyList<string>? Indicators { get; init; }

    public IReadOnlyList<string>? Areas { get; init; }

    public Period? From { get; init; }

    public Period? To { get; init; }

    /// <summary>Only observations of these datasets (a run's snapshot), so that a recomputation reads the same data
    /// after newer datasets were imported; null = every dataset.</summary>
    public IReadOnlyList<long>? Datasets { get; init; }

    /// <summary>When true (the default) only totals (<c>_T</c> in every dimension) are returned.</summary>
    public bool TotalsOnly { get; init; } = true;

    /// <summary>When true, observations of datasets marked restricted (<see cref="Dataset.Restricted"/>) are left out.</summary>
    public bool PublicOnly { get; init; }

    /// <summary>Matching rows to skip first, in the query's order (0 or more).</summary>
    public long Offset { get; init; }

    /// <summary>Rows to return at most after <see cref="Offset"/>; null returns every matching row.</summary>
    public long? Limit { get; init; }
}
