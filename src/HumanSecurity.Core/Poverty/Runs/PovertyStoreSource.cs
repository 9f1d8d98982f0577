using HumanSecurity.Storage;

namespace HumanSecurity.Poverty.Runs;

/// <summary>Store mode: an imported survey dataset (households and, when imported with one, the person roster).</summary>
/// <param name="Store">The store.</param>
/// <param name="DatasetId">Id of the survey dataset.</param>
public sealed record PovertyStoreSource(IStore Store, long DatasetId) : PovertySource
{
    /// <summary>Name of the store in error locations (e.g. the file name).</summary>
    public string StoreLabel { get; init; } = "store";
}
