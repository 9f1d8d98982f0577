using HumanSecurity.Observations;

namespace HumanSecurity.Storage;

/// <summary>A store that picks the latest total value per indicator and area itself (in the store's query language),
/// so that one row per indicator and area travels instead of every period. Index runs in store mode use it when the
/// store offers it (<see cref="Indices.StoreIndexInput"/>); the result equals reading every total and keeping the latest.</summary>
public interface ILatestTotals
{
    /// <summary>Per indicator and area: among the non-missing totals (every disaggregation <c>_T</c>) matching
    /// <paramref name="query"/> (indicators, areas, periods, datasets), the one with the latest period (latest start; at the
    /// same start the shortest period); ordered by indicator and area.</summary>
    Task<IReadOnlyList<Observation>> GetLatestTotalsAsync(ObservationQuery query, CancellationToken cancellationToken = default);
}
