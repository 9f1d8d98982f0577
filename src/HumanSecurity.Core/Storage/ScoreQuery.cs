using HumanSecurity.Areas;

namespace HumanSecurity.Storage;

/// <summary>Filters and a page for reading a run's score rows inside the store (<see cref="IStore.GetScoresAsync(long, ScoreQuery, CancellationToken)"/>).
/// A null or empty filter matches every row; rows come in the order level, node, unit, period.</summary>
public sealed record ScoreQuery
{
    /// <summary>Keep rows of these units (area codes).</summary>
    public IReadOnlyList<string>? Units { get; init; }

    /// <summary>Keep rows of these nodes (model node or indicator codes).</summary>
    public IReadOnlyList<string>? Nodes { get; init; }

    /// <summary>Keep rows of these periods (the stored period text, e.g. <c>2025</c>).</summary>
    public IReadOnlyList<string>? Periods { get; init; }

    /// <summary>Keep rows of this model tree level (0 = reliability rows, 1 = indicators, 2.. = aggregates).</summary>
    public int? TreeLevel { get; init; }

    /// <summary>Keep rows whose unit is an area of this kind in the store's gazetteer.</summary>
    public AreaKind? AreaKind { get; init; }

    /// <summary>Rows to skip before the page (0 or more).</summary>
    public int Offset { get; init; }

    /// <summary>Rows in the page at most (1 or more); null returns every row after <see cref="Offset"/>.</summary>
    public int? Limit { get; init; }

    /// <summary>Whether a row passes the filters (not the page); <paramref name="kindOf"/> gives an area's kind.</summary>
    public bool Matches(ScoreRow row, Func<string, AreaKind?> kindOf)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(kindOf);
        return (Units is not { Count: > 0 } u || u.Contains(row.Unit))
            && (Nodes is not { Count: > 0 } n || n.Contains(row.Node))
            && (Periods is not { Count: > 0 } p || (row.Period is { } rp && p.Contains(rp)))
            && (TreeLevel is not { } level || row.Level == level)
            && (AreaKind is not { } kind || kindOf(row.Unit) == kind);
    }
}
