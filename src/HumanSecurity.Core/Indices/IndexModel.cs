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

    /// <summary>Text the model was read from (for hashing), when read from a file.</summary>
    public string? SourceText { get; init; }

    /// <summary>Classifies a score; null when there are no classes or the score is missing.</summary>
    public string? Classify(double score)
    {
        if (Classes.Count == 0 || double.IsNaN(score)) return null;
        string? label = null;
        foreach (var c in Classes)
            if (score >= c.Lower) label = c.Label;
        return label ?? Classes[0].Label;
    }
}
