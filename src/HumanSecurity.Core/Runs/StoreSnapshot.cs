namespace HumanSecurity.Runs;

/// <summary>The store data a run read: the datasets (observations it used, plus those backing the areas, populations
/// and indicator catalogue it read) and the store's data version (highest dataset id) at the time.</summary>
public sealed record StoreSnapshot(long DataVersion, IReadOnlyList<DatasetIdentity> Datasets)
{
    /// <summary>The dataset ids, ascending.</summary>
    public IReadOnlyList<long> DatasetIds => [.. Datasets.Select(d => d.Id).Order()];
}
