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

    /// <summary>A number that changes whenever committed content changes (an import, a run saved or deleted, a dataset's
    /// access changed), so readers can cache what they computed from the store under it. It only grows while the store
    /// is open; it is not comparable between two openings of a store.</summary>
    long DataVersion { get; }

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

    /// <summary>How many observations match <paramref name="query"/>, ignoring its <c>Offset</c> and <c>Limit</c>.</summary>
    /// <remarks>The default counts the streamed rows; backends count inside the database.</remarks>
    async Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        long n = 0;
        await foreach (var chunk in GetObservationsAsync(query with { Offset = 0, Limit = null }, cancellationToken).ConfigureAwait(false)) n += chunk.Count;
        return n;
    }

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

    /// <summary>The rows of a run that match <paramref name="query"/>'s filters, only the page it asks for, and how many
    /// matched in all (empty and 0 for an unknown run).</summary>
    /// <remarks>The default reads every row of the run and filters in memory; backends filter and page inside the
    /// database so that a page costs what it returns.</remarks>
    async Task<ScorePage> GetScoresAsync(long runId, ScoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = await GetScoresAsync(runId, cancellationToken).ConfigureAwait(false);
        Dictionary<string, AreaKind>? kinds = null;
        if (query.AreaKind is not null)
            kinds = (await GetAreasAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Code, a => a.Kind, StringComparer.Ordinal);
        var matched = all.Where(r => query.Matches(r, code => kinds is not null && kinds.TryGetValue(code, out var k) ? k : null)).ToList();
        var page = matched.Skip(query.Offset).Take(query.Limit ?? int.MaxValue).ToList();
        return new ScorePage(page, matched.Count);
    }
}
