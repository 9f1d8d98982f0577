using HumanSecurity.Indicators;

namespace HumanSecurity.Programmes;

/// <summary>A programme or activity (an IATI activity, a UN Trust Fund project): where it works, which threats and SDGs
/// it addresses, its funding and whether it is prevention-oriented.</summary>
/// <param name="Id">Identifier, e.g. an IATI identifier.</param>
/// <param name="Title">Title.</param>
public sealed record Programme(string Id, string Title)
{
    public string? Status { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary>Area codes where it operates (countries or P-codes).</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    public IReadOnlyList<ThreatCluster> Clusters { get; init; } = [];

    /// <summary>SDG goal numbers or target codes (e.g. <c>2</c>, <c>16.1</c>).</summary>
    public IReadOnlyList<string> Sdgs { get; init; } = [];

    public double? Budget { get; init; }

    public string? Currency { get; init; }

    /// <summary>Funding pooled or leveraged from other sources, in the same currency.</summary>
    public double? Leveraged { get; init; }

    public string? Funder { get; init; }

    public bool Prevention { get; init; }

    /// <summary>People the programme plans to reach; null when not declared.</summary>
    public double? TargetPeople { get; init; }
}
