namespace HumanSecurity.Poverty;

/// <summary>Cells and where they were aggregated.</summary>
/// <param name="Cells">The cells.</param>
/// <param name="InStore">True when the store aggregated them (pushdown).</param>
/// <param name="Reason">Why the store declined, when it offers pushdown and declined; null otherwise.</param>
public sealed record SurveyCellsSource(SurveyCells Cells, bool InStore, string? Reason);
