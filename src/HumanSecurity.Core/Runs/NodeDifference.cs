namespace HumanSecurity.Runs;

/// <summary>How one node's recomputed scores compare with the saved ones.</summary>
/// <param name="Node">Node code.</param>
/// <param name="Cells">Scores compared.</param>
/// <param name="DifferingCells">Scores beyond the tolerance (a score missing on one side counts).</param>
/// <param name="MaxAbsDifference">Largest absolute difference (infinity when a score is missing on one side only).</param>
/// <param name="WorstUnit">Unit (area) of the largest difference, or null when none differ.</param>
/// <param name="WorstPeriod">Period of the largest difference.</param>
public sealed record NodeDifference(string Node, int Cells, int DifferingCells, double MaxAbsDifference, string? WorstUnit, string? WorstPeriod);
