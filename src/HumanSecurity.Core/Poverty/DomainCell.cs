namespace HumanSecurity.Poverty;

/// <summary>A published poverty domain: round label (empty without a time column), subgroup variable (or <c>all</c>)
/// and group label (or <c>all</c>).</summary>
public readonly record struct DomainCell(string Round, string Over, string Group);
