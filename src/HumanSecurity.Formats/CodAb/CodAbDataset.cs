namespace HumanSecurity.Formats.CodAb;

/// <summary>Units read from a COD-AB GeoJSON layer or gazetteer, with every problem found (P-code checks included).</summary>
public sealed class CodAbDataset(string file, IReadOnlyList<CodAbUnit> units, ProblemList problems)
{
    public string File { get; } = file;

    public IReadOnlyList<CodAbUnit> Units { get; } = units;

    public ProblemList Problems { get; } = problems;

    /// <summary>Field names seen (feature properties or gazetteer headers), in first-seen order.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
}
