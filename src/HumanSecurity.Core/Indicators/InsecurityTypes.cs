namespace HumanSecurity.Indicators;

/// <summary>The seven classic types of insecurity (UNDP 1994, UN Human Security Handbook); an indicator may touch several.</summary>
[Flags]
public enum InsecurityTypes
{
    None = 0,
    Economic = 1,
    Food = 2,
    Health = 4,
    Environmental = 8,
    Personal = 16,
    Community = 32,
    Political = 64,
}
