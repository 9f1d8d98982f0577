namespace HumanSecurity.Indicators;

/// <summary>Structural (slow-moving, long-term) or emerging (imminent, fast-moving) risk information.</summary>
public enum Timeframe
{
    Structural,
    Emerging,
}
