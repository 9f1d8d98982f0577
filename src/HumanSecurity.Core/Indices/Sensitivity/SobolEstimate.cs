namespace HumanSecurity.Indices;

/// <summary>A Sobol estimate for one uncertain input on one node's rank output.</summary>
public sealed record SobolEstimate(string Input, string Node, SobolIndex Index);
