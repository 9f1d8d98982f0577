namespace HumanSecurity.Indices;

/// <summary>Rank statistics of one unit on one node over the Monte Carlo runs.</summary>
public sealed record RankStatistics(string Unit, string Node, int NominalRank, double MedianRank, double P05, double P95);
