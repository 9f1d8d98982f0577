namespace HumanSecurity.Poverty;

/// <summary>A subgroup (<c>over</c>) variable and its group labels, in code order.</summary>
public sealed record SubgroupLabels(string Name, string[] Labels);
