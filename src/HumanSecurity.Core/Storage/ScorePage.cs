namespace HumanSecurity.Storage;

/// <summary>A page of a run's score rows and how many rows matched the filters in all.</summary>
/// <param name="Rows">The rows of the page, in the order level, node, unit, period.</param>
/// <param name="Total">Rows that matched the filters, before paging.</param>
public sealed record ScorePage(IReadOnlyList<ScoreRow> Rows, long Total);
