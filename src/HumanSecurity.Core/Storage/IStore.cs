using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Tables;

namespace HumanSecurity.Storage;

/// <summary>The storage contract every backend (DuckDB embedded, ClickHouse scale-out) implements. Imports are atomic
/// (<see cref="BeginImportAsync"/>); reads return domain types or columnar chunks.</summary>
public interface IStore : IAsyncDisposable
{
    /// <summary>Schema version after migrations.</summary>
    int SchemaVersion { get; }

    Task<IImportSession> BeginImportAsync(DatasetInfo dataset, CancellationToken cancellationToken = default);

    Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Dataset>> GetDatasetsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Area>> GetAreasAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams matching observations in chunks, ordered by indicator, area, period.</summary>
    IAsyncEnumerable<ObservationChunk> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Ids (ascending) of the datasets a computation reading <paramref name="query"/> depends on: those holding
    /// observations that match it, and those whose rows now make up the areas, populations and indicator catalogue.</summary>
    Task<IReadOnlyList<long>> GetSourceDatasetsAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Latest total value per indicator and area.</summary>
    Task<IReadOnlyList<Observation>> GetLatestValuesAsync(CancellationToken cancellationToken = default);

    /// <summary>GeoJSON geometry per area code, for areas that have one.</summary>
    Task<IReadOnlyDictionary<string, string>> GetGeometriesAsync(CancellationToken cancellationToken = default);

    /// <summary>A survey table of a dataset (role <c>households</c> or <c>persons</c>); null when absent.</summary>
    Task<ColumnTable?> GetSurveyTableAsync(long datasetId, string role, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Programme>> GetProgrammesAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a run and its scores atomically; returns the run with its id. When the run has a manifest, the run is
    /// linked to every dataset the manifest's store snapshot names (<see cref="GetRunsReadingAsync"/>).</summary>
    /// <exception cref="ArgumentException">The manifest JSON is not a run manifest.</exception>
    Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default);

    /// <summary>Every saved run, oldest first, without manifests (<see cref="RunRecord.ManifestJson"/> is null).</summary>
    Task<IReadOnlyList<RunRecord>> GetRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>One run with its manifest; null when there is no run with that id.</summary>
    Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken = default);

    /// <summary>The runs (without manifests) that read a dataset, oldest first.</summary>
    Task<IReadOnlyList<RunRecord>> GetRunsReadingAsync(long datasetId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a run, its scores and its dataset links atomically; false when there was no such run.</summary>
    Task<bool> DeleteRunAsync(long runId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ScoreRow>> GetScoresAsync(long runId, CancellationToken cancellationToken = default);
}
