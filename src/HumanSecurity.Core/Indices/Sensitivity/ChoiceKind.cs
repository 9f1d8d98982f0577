namespace HumanSecurity.Indices;

/// <summary>What a <see cref="UncertainChoice"/> varies.</summary>
public enum ChoiceKind
{
    Weights,
    Aggregate,
    Normalise,
    Impute,
    TreatWinMax,
    DropIndicators,
    DropNodes,
}
