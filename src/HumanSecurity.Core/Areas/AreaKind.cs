namespace HumanSecurity.Areas;

/// <summary>The level of an <see cref="Area"/> in the hierarchy, from the world down to localities.</summary>
public enum AreaKind
{
    World = 0,
    Region = 1,
    Subregion = 2,
    Country = 3,
    Admin1 = 4,
    Admin2 = 5,
    Admin3 = 6,
    Admin4 = 7,
    Admin5 = 8,
    Locality = 9,
}
