namespace HumanSecurity.Storage;

/// <summary>What the caller knows about an import before it starts (the store assigns id, time and counts).</summary>
public sealed record DatasetInfo(DatasetKind Kind, string SourceFile, string Sha256)
{
    public string? Name { get; init; }
}
