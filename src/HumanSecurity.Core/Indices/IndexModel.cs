namespace HumanSecurity.Indices;

/// <summary>A composite index model: indicators → any number of aggregate levels → index, with defaults and classes.
/// Build one in code or read it with the model YAML reader; compile it against data with <see cref="IndexTree.Compile"/>.</summary>
public sealed record IndexModel(string Name, IReadOnlyList<ModelIndicator> Indicators, IReadOnlyList<ModelNode> Nodes)
{
    public string? Title { get; init; }

    public ModelDefaults Defaults { get; init; } = new();

    /// <summary>Class cut-offs, ascending by lower bound; empty = no classes.</summary>
    public IReadOnlyList<RiskClass> Classes { get; init; } = [];

    /// <summary>When set, leaves come from the indicator catalogue (store mode): nodes with <see cref="ModelNode.Members"/> select them.</summary>
    public bool FromCatalogue { get; init; }

    /// <summary>Column holding the unit code in a data file; null = auto (<c>unit</c>, <c>uCode</c>, <c>ISO3</c>).</summary>
    public string? UnitColumn { get; init; }

    /// <summary>Column holding the period (panel data); null = auto (<c>Time</c>, <c>period</c>, <c>year</c>).</summary>
    public string? TimeColumn { get; init; }

    /// <summary>Store mode across area levels: roll child-area scores up to parents (default), roll child-area indicator values
    /// up to areas without their own, or neither.</summary>
    public RollUp RollUp { get; init; } = RollUp.Scores;

    /// <summary>Text the model was read from (for hashing), when read from a file.</summary>
    public string? SourceText { get; init; }

    /// <summary>Classifies a score; null when there are no classes or the score is missing. A score within 1e-9 (relative)
    /// below a cut-off counts as reaching it, so that e.g. √(5·5) computed as 4.999999999999999 is in the class from 5.</summary>
    public string? Classify(double score)
    {
        if (Classes.Count == 0 || double.IsNaN(score)) return null;
        string? label = null;
        foreach (var c in Classes)
            if (Reaches(score, c.Lower)) label = c.Label;
        return label ?? Classes[0].Label;
    }

    /// <summary>score ≥ threshold, tolerating floating-point error of 1e-9 relative to the threshold.</summary>
    public static bool Reaches(double score, double threshold) => score >= threshold - 1e-9 * Math.Max(1, Math.Abs(threshold));
}
