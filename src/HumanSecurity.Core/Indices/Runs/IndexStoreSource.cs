using HumanSecurity.Areas;
using HumanSecurity.Storage;

namespace HumanSecurity.Indices.Runs;

/// <summary>Store mode: every area of <paramref name="Level"/> scored on the store's latest values within the look-back
/// (see <see cref="StoreIndexInput"/>), rolled up to parent areas.</summary>
/// <param name="Store">The store to read.</param>
/// <param name="Level">Area level to score.</param>
public sealed record IndexStoreSource(IStore Store, AreaKind Level) : IndexSource
{
    /// <summary>Default look-back in years: a value older than this (before the scored year) counts as missing.</summary>
    public const int DefaultLookBack = 5;

    /// <summary>Year to score; null = the latest year with data.</summary>
    public int? Year { get; init; }

    public int LookBack { get; init; } = DefaultLookBack;

    /// <summary>Read only observations of these datasets (a saved run's snapshot, so a recomputation reads the same data);
    /// null = every dataset in the store now.</summary>
    public IReadOnlyList<long>? Datasets { get; init; }
}
