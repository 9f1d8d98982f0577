namespace HumanSecurity.Indices.Runs;

/// <summary>One resolved sensitivity analysis: the nominal index run (file data) and the Monte Carlo design.</summary>
/// <param name="Index">The nominal run.</param>
/// <param name="Choices">Uncertain choices (<c>--vary</c>).</param>
/// <param name="Runs">Monte Carlo runs (with Sobol indices: the base sample size N).</param>
/// <param name="Seed">Random seed.</param>
/// <param name="Sobol">Also estimate Sobol indices.</param>
public sealed record SensitivityRequest(IndexRequest Index, IReadOnlyList<UncertainChoice> Choices, int Runs, int Seed, bool Sobol)
{
    /// <summary>Maximum parallel threads (results do not depend on it); null = all cores.</summary>
    public int? Threads { get; init; }
}
