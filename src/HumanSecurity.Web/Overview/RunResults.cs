using HumanSecurity.Storage;

namespace HumanSecurity.Web.Overview;

/// <summary>The saved runs, with the scores of the latest <c>index</c> and latest <c>poverty</c> run (empty when none).</summary>
public sealed record RunResults(IReadOnlyList<RunRecord> Runs, RunRecord? IndexRun, IReadOnlyList<ScoreRow> IndexScores,
    RunRecord? PovertyRun, IReadOnlyList<ScoreRow> PovertyScores)
{
    public static RunResults Empty { get; } = new([], null, [], null, []);

    public static async Task<RunResults> LoadAsync(IStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var runs = (await store.GetRunsAsync(cancellationToken)).OrderBy(r => r.Id).ToList();
        var index = runs.LastOrDefault(r => r.Kind == "index");
        var poverty = runs.LastOrDefault(r => r.Kind == "poverty");
        var indexScores = index is null ? [] : await store.GetScoresAsync(index.Id, cancellationToken);
        var povertyScores = poverty is null ? [] : await store.GetScoresAsync(poverty.Id, cancellationToken);
        return new RunResults(runs, index, indexScores, poverty, povertyScores);
    }

    /// <summary>The scores of a run, reusing those already loaded.</summary>
    public async Task<IReadOnlyList<ScoreRow>> ScoresOfAsync(IStore store, RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Id == IndexRun?.Id) return IndexScores;
        if (run.Id == PovertyRun?.Id) return PovertyScores;
        return await store.GetScoresAsync(run.Id, cancellationToken);
    }
}
