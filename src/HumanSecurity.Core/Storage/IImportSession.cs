using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Tables;

namespace HumanSecurity.Storage;

/// <summary>An atomic import into a store: nothing is visible, and the store is unchanged, until
/// <see cref="CommitAsync"/> succeeds. Disposing without commit rolls everything back.</summary>
public interface IImportSession : IAsyncDisposable
{
    Task AddAreasAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken = default);

    Task AddIndicatorsAsync(IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken = default);

    /// <summary>Bulk-appends a chunk; the caller has validated it. May be called many times. The session copies what it
    /// needs: once the returned task has completed, the caller may clear and refill the chunk.</summary>
    Task AppendObservationsAsync(ObservationChunk chunk, CancellationToken cancellationToken = default);

    /// <summary>Stores a survey table (role <c>households</c> or <c>persons</c>) under this dataset.</summary>
    Task AddSurveyTableAsync(string role, ColumnTable table, CancellationToken cancellationToken = default);

    Task AddProgrammesAsync(IReadOnlyList<Programme> programmes, CancellationToken cancellationToken = default);

    /// <summary>Stores a GeoJSON geometry for an area (replaces an earlier one).</summary>
    Task AddGeometryAsync(string areaCode, string geoJson, CancellationToken cancellationToken = default);

    /// <summary>Makes the import visible and records its <see cref="Dataset"/>.</summary>
    Task<Dataset> CommitAsync(CancellationToken cancellationToken = default);
}
