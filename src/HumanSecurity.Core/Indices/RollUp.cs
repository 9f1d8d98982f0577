namespace HumanSecurity.Indices;

/// <summary>How store mode links area levels (model key <c>roll_up</c>).</summary>
public enum RollUp
{
    /// <summary>Score the requested level from its own data; parents get population-weighted means of their children's scores.</summary>
    Scores,

    /// <summary>An area without its own value for an indicator takes the population-weighted mean of its children's values
    /// (recursively, from the lowest level up); scores are computed at the requested level only.</summary>
    Indicators,

    /// <summary>Score the requested level from its own data only; nothing is rolled up.</summary>
    None,
}
