namespace HumanSecurity.Indices;

/// <summary>Rank statistics of one unit on one node over the Monte Carlo runs.</summary>
public sealed record RankStatistics(string Unit, string Node, int NominalRank, double MedianRank, double P05, double P95);

/// <summary>A Sobol estimate for one uncertain input on one node's rank output.</summary>
public sealed record SobolEstimate(string Input, string Node, SobolIndex Index);

/// <summary>Result of <see cref="SensitivityAnalysis.Run"/>.</summary>
public sealed record SensitivityResult(IReadOnlyList<RankStatistics> Ranks, IReadOnlyList<SobolEstimate> Sobol, int ModelRuns, double Seconds);
