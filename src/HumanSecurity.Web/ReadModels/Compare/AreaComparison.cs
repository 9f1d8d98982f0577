using HumanSecurity.Web.ReadModels.Profiles;

namespace HumanSecurity.Web.ReadModels.Compare;

/// <summary>Two to ten areas side by side: every node of an index run (score, rank, class per area), and one node or
/// indicator over time per area (<see cref="OverTimeSource"/> <c>panel</c>, <c>runs</c>, <c>observations</c> or
/// <c>none</c>).</summary>
public sealed record AreaComparison(IReadOnlyList<AreaRef> Areas, RunRef? Run, string? Node, string? Indicator, string Title,
    IReadOnlyList<CompareRow> Rows, string OverTimeSource, IReadOnlyList<TrendSeries> OverTime);

/// <summary>One node with a cell per area, in the order of <see cref="AreaComparison.Areas"/>.</summary>
public sealed record CompareRow(string Node, string Name, int Level, IReadOnlyList<CompareCell> Cells);

public sealed record CompareCell(double? Score, int Rank, string? Class, string Colour);
