namespace HumanSecurity.Poverty;

/// <summary>Which PSU, round and subgroups each cell belongs to (the in-memory <see cref="CellIndex"/>, or the cells of
/// <see cref="SurveyCells"/>); <see cref="DomainSet"/> rolls cell totals up by these keys.</summary>
internal interface ICellKeys
{
    int Count { get; }

    /// <summary>PSU of each cell (−1 for point-estimate cells).</summary>
    int[] Psu { get; }

    int[] Round { get; }

    /// <summary>Group code of each cell for each subgroup variable: <c>Group[v][cell]</c>.</summary>
    int[][] Group { get; }
}
