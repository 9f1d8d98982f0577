namespace HumanSecurity.Indices;

/// <summary>Result of <see cref="SensitivityAnalysis.Run"/>.</summary>
public sealed record SensitivityResult(IReadOnlyList<RankStatistics> Ranks, IReadOnlyList<SobolEstimate> Sobol, int ModelRuns, double Seconds);
