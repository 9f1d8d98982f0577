namespace HumanSecurity.Storage;

/// <summary>One stored result of a run: a score of a unit (area) on a node of a model.</summary>
/// <param name="Unit">Area code.</param>
/// <param name="Node">Model node or indicator code.</param>
/// <param name="Level">Level in the model tree (1 = indicators).</param>
/// <param name="Period">Period text, or null for a run without time.</param>
/// <param name="Score">Score; NaN = missing.</param>
/// <param name="Rank">Rank among units (1 = highest); 0 when missing.</param>
/// <param name="Class">Class label, or null.</param>
public sealed record ScoreRow(string Unit, string Node, int Level, string? Period, double Score, int Rank, string? Class);
