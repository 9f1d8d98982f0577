namespace HumanSecurity.Indicators;

/// <summary>The five threat clusters named in the Secretary-General's 2024 report on human security (A/78).</summary>
public enum ThreatCluster
{
    /// <summary>Climate change, biodiversity loss and pollution.</summary>
    Climate,

    /// <summary>Digital technology.</summary>
    Digital,

    /// <summary>Pandemics and health.</summary>
    Health,

    /// <summary>Poverty, hunger and inequality.</summary>
    Poverty,

    /// <summary>Conflict, violence and displacement.</summary>
    Conflict,
}
