namespace HumanSecurity.Storage;

/// <summary>What an imported <see cref="Dataset"/> holds.</summary>
public enum DatasetKind
{
    Areas,
    Indicators,
    Observations,
    Survey,
    Programmes,
    Boundaries,
}
