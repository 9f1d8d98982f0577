namespace HumanSecurity.Indicators;

/// <summary>What a threat endangers: people's survival, livelihood or dignity (GA resolution 66/290).</summary>
[Flags]
public enum Impacts
{
    None = 0,
    Survival = 1,
    Livelihood = 2,
    Dignity = 4,
}
