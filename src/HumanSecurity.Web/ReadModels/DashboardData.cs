using System.Collections.Concurrent;
using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.ReadModels;

/// <summary>The dashboard's cached view of the store: a <see cref="DashboardSnapshot"/> re-read when the data version
/// (datasets and runs) changes, and the score rows of runs (immutable once saved), kept for the last few runs asked for.</summary>
public sealed class DashboardData(IStore store)
{
    private const int KeptRuns = 16;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<(long Id, DateTimeOffset At), RunScores> _scores = new();
    private DashboardSnapshot? _snapshot;

    public IStore Store { get; } = store;

    public async Task<DashboardSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var datasets = await Store.GetDatasetsAsync(cancellationToken);
        var runs = await Store.GetRunsAsync(cancellationToken);
        var version = string.Create(CultureInfo.InvariantCulture,
            $"d{datasets.Count}.{(datasets.Count == 0 ? 0 : datasets.Max(d => d.Id))}-r{runs.Count}.{(runs.Count == 0 ? 0 : runs.Max(r => r.Id))}");
        if (_snapshot is { } current && current.Version == version) return current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } again && again.Version == version) return again;
            var areas = AreaHierarchy.Build(await Store.GetAreasAsync(cancellationToken), out _);
            var indicators = (await Store.GetIndicatorsAsync(cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
            var programmes = await Store.GetProgrammesAsync(cancellationToken);
            var synthetic = datasets.Any(d => DashboardSnapshot.Marks(d.Name) || DashboardSnapshot.Marks(d.SourceFile))
                || indicators.Values.Any(i => DashboardSnapshot.Marks(i.Source));
            _snapshot = new DashboardSnapshot(version, areas, indicators, [.. runs.OrderBy(r => r.Id)], datasets, programmes, synthetic);
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The score rows of a run, indexed by node and unit.</summary>
    public async Task<RunScores> ScoresAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (_scores.TryGetValue((run.Id, run.CreatedAt), out var cached)) return cached;
        var scores = new RunScores(run, await Store.GetScoresAsync(run.Id, cancellationToken));
        if (_scores.Count >= KeptRuns) _scores.Clear();
        _scores[(run.Id, run.CreatedAt)] = scores;
        return scores;
    }
}
