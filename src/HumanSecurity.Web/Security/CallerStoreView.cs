using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.Web.Security;

/// <summary>The store as one caller may see it; endpoints get it as their <see cref="IStore"/>. A caller with a role sees
/// everything. For a caller without one, datasets marked restricted (and survey microdata) are not listed, their
/// observations are not read (also not in latest values and counts) and survey tables are not returned; catalogues
/// (areas, indicators, geometries, programmes) and run results (published aggregates, disclosure-controlled when they
/// come from surveys) are public. Writes pass through (the API's authorization refuses them first). Disposing the view
/// leaves the store open: it belongs to the app.</summary>
public sealed class CallerStoreView(IStore inner, bool canReadRestricted) : IStore
{
    /// <summary>Whether the caller sees restricted datasets.</summary>
    public bool CanReadRestricted => canReadRestricted;

    public int SchemaVersion => inner.SchemaVersion;

    public long DataVersion => inner.DataVersion;

    public Task<IImportSession> BeginImportAsync(DatasetInfo dataset, CancellationToken cancellationToken = default) =>
        inner.BeginImportAsync(dataset, cancellationToken);

    public async Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var summary = await inner.GetSummaryAsync(cancellationToken);
        if (canReadRestricted) return summary;
        var datasets = await inner.GetDatasetsAsync(cancellationToken);
        if (!datasets.Any(d => d.Restricted)) return summary;
        var observations = await inner.CountObservationsAsync(new ObservationQuery { TotalsOnly = false, PublicOnly = true }, cancellationToken);
        return summary with { Datasets = datasets.Count(d => !d.Restricted), Observations = observations };
    }

    public async Task<IReadOnlyList<Dataset>> GetDatasetsAsync(CancellationToken cancellationToken = default)
    {
        var datasets = await inner.GetDatasetsAsync(cancellationToken);
        return canReadRestricted ? datasets : datasets.Where(d => !d.Restricted).ToList();
    }

    public Task<IReadOnlyList<Area>> GetAreasAsync(CancellationToken cancellationToken = default) => inner.GetAreasAsync(cancellationToken);

    public Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default) => inner.GetIndicatorsAsync(cancellationToken);

    public IAsyncEnumerable<ObservationChunk> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return inner.GetObservationsAsync(canReadRestricted ? query : query with { PublicOnly = true }, cancellationToken);
    }

    public Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return inner.CountObservationsAsync(canReadRestricted ? query : query with { PublicOnly = true }, cancellationToken);
    }

    /// <summary>The inner store's latest values when nothing is restricted; else the latest public total per indicator
    /// and area, from the public observations (ordered by period start and kind, so the last one per pair is the latest).</summary>
    public async Task<IReadOnlyList<Observation>> GetLatestValuesAsync(CancellationToken cancellationToken = default)
    {
        if (canReadRestricted || !(await inner.GetDatasetsAsync(cancellationToken)).Any(d => d.Restricted)) return await inner.GetLatestValuesAsync(cancellationToken);
        var latest = new List<Observation>();
        await foreach (var chunk in GetObservationsAsync(new ObservationQuery { TotalsOnly = true }, cancellationToken))
        {
            foreach (var o in chunk.Rows())
            {
                if (latest.Count > 0 && latest[^1].Indicator == o.Indicator && latest[^1].Area == o.Area) latest[^1] = o;
                else latest.Add(o);
            }
        }
        return latest;
    }

    public Task<IReadOnlyDictionary<string, string>> GetGeometriesAsync(CancellationToken cancellationToken = default) =>
        inner.GetGeometriesAsync(cancellationToken);

    public async Task<ColumnTable?> GetSurveyTableAsync(long datasetId, string role, CancellationToken cancellationToken = default)
    {
        if (canReadRestricted) return await inner.GetSurveyTableAsync(datasetId, role, cancellationToken);
        var dataset = (await inner.GetDatasetsAsync(cancellationToken)).FirstOrDefault(d => d.Id == datasetId);
        return dataset is null || dataset.Restricted ? null : await inner.GetSurveyTableAsync(datasetId, role, cancellationToken);
    }

    public Task<IReadOnlyList<Programme>> GetProgrammesAsync(CancellationToken cancellationToken = default) => inner.GetProgrammesAsync(cancellationToken);

    public Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default) =>
        inner.SaveRunAsync(run, scores, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(CancellationToken cancellationToken = default) => inner.GetRunsAsync(cancellationToken);

    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken = default) => inner.GetRunAsync(runId, cancellationToken);

    /// <summary>None for a restricted dataset when the caller may not see it (to such a caller it does not exist).</summary>
    public async Task<IReadOnlyList<RunRecord>> GetRunsReadingAsync(long datasetId, CancellationToken cancellationToken = default)
    {
        if (!canReadRestricted && (await inner.GetDatasetsAsync(cancellationToken)).Any(d => d.Id == datasetId && d.Restricted)) return [];
        return await inner.GetRunsReadingAsync(datasetId, cancellationToken);
    }

    public async Task<IReadOnlyList<long>> GetSourceDatasetsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (canReadRestricted) return await inner.GetSourceDatasetsAsync(query, cancellationToken);
        var restricted = (await inner.GetDatasetsAsync(cancellationToken)).Where(d => d.Restricted).Select(d => d.Id).ToHashSet();
        return (await inner.GetSourceDatasetsAsync(query with { PublicOnly = true }, cancellationToken)).Where(id => !restricted.Contains(id)).ToList();
    }

    public Task<bool> DeleteRunAsync(long runId, CancellationToken cancellationToken = default) => inner.DeleteRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<ScoreRow>> GetScoresAsync(long runId, CancellationToken cancellationToken = default) =>
        inner.GetScoresAsync(runId, cancellationToken);

    public Task<ScorePage> GetScoresAsync(long runId, ScoreQuery query, CancellationToken cancellationToken = default) =>
        inner.GetScoresAsync(runId, query, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
