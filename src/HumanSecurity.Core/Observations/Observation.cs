namespace HumanSecurity.Observations;

/// <summary>One value of an indicator for an area, period and population slice. For bulk work use
/// <see cref="ObservationChunk"/>, its columnar form.</summary>
public sealed record Observation(string Indicator, string Area, Period Period, Disaggregation Disaggregation, double Value)
{
    /// <summary>SDMX-style status (see <see cref="ObservationStatus"/>); null = normal.</summary>
    public string? Status { get; init; }

    public string? Source { get; init; }
}
