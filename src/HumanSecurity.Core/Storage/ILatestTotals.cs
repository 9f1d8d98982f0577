using HumanSecurity.Observations;

namespace HumanSecurity.Storage;

/// <summary>A store that picks the latest total value per indicator and area itself (in the store's query language),
/// so that one row per indicator and area travels instead of every period. Index runs in store mode use it when the
/// store offers it (<see cref="Indices.StoreIndexInput"/>); the result equals reading every total and keeping the latest.</summary>
public interface ILatestTotals
{
    /// <summary>Per indicator of <paramref name="indicators"/> and area: the total (every disaggregation <c>_T</c>) with the
    /// latest period (latest start; at the same start the shortest period) among non-missing values of periods starting
    /// in or before <paramref name="year"/> (every period when null), ordered by indicator and area.</summary>
    Task<IReadOnlyList<Observation>> GetLatestTotalsAsync(IReadOnlyList<string> indicators, int? year, CancellationToken cancellationToken = default);
}
