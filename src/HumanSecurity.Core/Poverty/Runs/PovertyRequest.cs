using HumanSecurity.Runs;

namespace HumanSecurity.Poverty.Runs;

/// <summary>One resolved poverty run: the spec (with <c>over</c> already replaced by <c>--by</c> when given) and its
/// identity, the survey source, whether to compute standard errors and the minimum unweighted count of a published cell.</summary>
public sealed record PovertyRequest(PovertySpec Spec, ModelIdentity Identity, PovertySource Source)
{
    /// <summary>Compute linearised standard errors and intervals (<c>--no-se</c> turns them off).</summary>
    public bool StandardErrors { get; init; } = true;

    /// <summary>Cells with fewer unweighted rows are suppressed (0 = none).</summary>
    public int MinCount { get; init; }
}
