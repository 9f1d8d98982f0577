namespace HumanSecurity.Indicators;

/// <summary>A measured quantity with its human-security classification and provenance.</summary>
/// <param name="Code">Unique code, e.g. <c>CLM_FLOOD_EXP</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">Unit of measure, e.g. <c>% of population</c>.</param>
/// <param name="Direction">Whether higher values are worse or better.</param>
public sealed record Indicator(string Code, string Name, string Unit, Direction Direction)
{
    public ThreatCluster? Cluster { get; init; }

    public InsecurityTypes Types { get; init; }

    public Impacts Impacts { get; init; }

    public Timeframe Timeframe { get; init; } = Timeframe.Structural;

    /// <summary>SDG target code, e.g. <c>1.2</c> or <c>16.1</c>; null when not linked.</summary>
    public string? SdgTarget { get; init; }

    public string? Source { get; init; }

    /// <summary>Declared update frequency: <c>annual</c>, <c>quarterly</c>, <c>monthly</c>, <c>daily</c>, <c>irregular</c>.</summary>
    public string? UpdateFrequency { get; init; }

    public string? Licence { get; init; }

    public string? Description { get; init; }
}
