namespace HumanSecurity.Indices;

/// <summary>A class label for scores at or above <see cref="Lower"/> (and below the next class's lower bound).</summary>
public sealed record RiskClass(string Label, double Lower);
