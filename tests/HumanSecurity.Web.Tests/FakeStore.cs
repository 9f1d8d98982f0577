using System.Runtime.CompilerServices;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.Web.Tests;

/// <summary>A read-only in-memory <see cref="IStore"/> for web tests: holds whatever the test puts in its lists.</summary>
internal sealed class FakeStore : IStore
{
    public int SchemaVersion => 1;

    /// <summary>Tests that change the lists bump it, as a real store does on a write.</summary>
    public long DataVersion { get; set; } = 1;

    public List<Dataset> Datasets { get; } = [];

    public List<Area> Areas { get; } = [];

    public List<Indicator> Indicators { get; } = [];

    public List<Observation> Latest { get; } = [];

    public List<Programme> Programmes { get; } = [];

    public List<RunRecord> Runs { get; } = [];

    public List<(long RunId, ScoreRow Row)> Scores { get; } = [];

    public Dictionary<string, string> Geometries { get; } = new(StringComparer.Ordinal);

    public Task<IImportSession> BeginImportAsync(DatasetInfo dataset, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("FakeStore is read-only.");

    public Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var byKind = Areas.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => (long)g.Count());
        return Task.FromResult(new StoreSummary(SchemaVersion, Datasets.Count, byKind, Indicators.Count, Latest.Count, 0, 0, Programmes.Count, Runs.Count));
    }

    public Task<IReadOnlyList<Dataset>> GetDatasetsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Dataset>>(Datasets);

    public Task<IReadOnlyList<Area>> GetAreasAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _areaReads);
        return Task.FromResult<IReadOnlyList<Area>>(Areas);
    }

    private int _areaReads;

    /// <summary>How many times the areas were read.</summary>
    public int AreaReads => Volatile.Read(ref _areaReads);

    public Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Indicator>>(Indicators);

    public async IAsyncEnumerable<ObservationChunk> GetObservationsAsync(ObservationQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var chunk = new ObservationChunk(Math.Max(1, Latest.Count));
        foreach (var o in Latest.Where(o => Matches(query, o))) chunk.Add(o);
        yield return chunk;
    }

    public Task<IReadOnlyList<long>> GetSourceDatasetsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<long>>([.. Datasets.Select(d => d.Id)]);

    public Task<IReadOnlyList<Observation>> GetLatestValuesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Observation>>(Latest);

    public Task<IReadOnlyDictionary<string, string>> GetGeometriesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(Geometries);

    public Task<ColumnTable?> GetSurveyTableAsync(long datasetId, string role, CancellationToken cancellationToken = default) => Task.FromResult<ColumnTable?>(null);

    public Task<IReadOnlyList<Programme>> GetProgrammesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Programme>>(Programmes);

    public Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("FakeStore is read-only.");

    /// <summary>When set, listing runs throws it (tests of the exception → ProblemDetails map).</summary>
    public Exception? RunsFailure { get; set; }

    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(CancellationToken cancellationToken = default) =>
        RunsFailure is { } failure ? Task.FromException<IReadOnlyList<RunRecord>>(failure) : Task.FromResult<IReadOnlyList<RunRecord>>(Runs);

    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken = default) => Task.FromResult(Runs.FirstOrDefault(r => r.Id == runId));

    public Task<IReadOnlyList<RunRecord>> GetRunsReadingAsync(long datasetId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RunRecord>>([]);

    public Task<bool> DeleteRunAsync(long runId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("FakeStore is read-only.");

    public Task<IReadOnlyList<ScoreRow>> GetScoresAsync(long runId, CancellationToken cancellationToken = default) => RefuseFullScoreReads
        ? throw new InvalidOperationException("this test store refuses to read every score of a run")
        : Task.FromResult<IReadOnlyList<ScoreRow>>(Scores.Where(s => s.RunId == runId).Select(s => s.Row).ToList());

    /// <summary>When true, reading every score of a run throws: pages must come from the query overload.</summary>
    public bool RefuseFullScoreReads { get; set; }

    public Task<ScorePage> GetScoresAsync(long runId, ScoreQuery query, CancellationToken cancellationToken = default)
    {
        var kinds = Areas.ToDictionary(a => a.Code, a => a.Kind);
        var matched = Scores.Where(s => s.RunId == runId && query.Matches(s.Row, c => kinds.TryGetValue(c, out var k) ? k : null)).Select(s => s.Row)
            .OrderBy(r => r.Level).ThenBy(r => r.Node, StringComparer.Ordinal).ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Period, StringComparer.Ordinal).ToList();
        return Task.FromResult(new ScorePage(matched.Skip(query.Offset).Take(query.Limit ?? int.MaxValue).ToList(), matched.Count));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static bool Matches(ObservationQuery q, Observation o) =>
        (q.Indicators is not { Count: > 0 } i || i.Contains(o.Indicator)) && (q.Areas is not { Count: > 0 } a || a.Contains(o.Area))
        && (!q.TotalsOnly || o.Disaggregation.IsTotal) && (q.From is not { } f || o.Period >= f) && (q.To is not { } t || o.Period <= t);
}
