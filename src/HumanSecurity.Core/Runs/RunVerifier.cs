using HumanSecurity.Storage;

namespace HumanSecurity.Runs;

/// <summary>Verifies a saved run (<c>hso verify</c>): reads its manifest, checks that every dataset it names is still in
/// the store with the same SHA-256, recomputes it through the kind's <see cref="IRunRecomputer"/> on exactly those
/// datasets, and compares every score (<see cref="ScoreComparison"/>).</summary>
public static class RunVerifier
{
    /// <summary>Verifies store run <paramref name="runId"/>.</summary>
    public static async Task<VerifyReport> VerifyStoreRunAsync(IStore store, long runId, IReadOnlyList<IRunRecomputer> kinds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var run = await store.GetRunAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is null) return VerifyReport.CannotVerify($"run {runId}: no such run in the store (see 'hso runs list')");
        if (run.ManifestJson is null)
            return VerifyReport.CannotVerify($"run {runId} was saved without a manifest (by an hso before manifests existed), so it cannot be recomputed");
        RunManifest manifest;
        try
        {
            manifest = RunManifest.FromJson(run.ManifestJson, $"run {runId} manifest");
        }
        catch (InvalidInputException e)
        {
            return VerifyReport.CannotVerify([.. e.Problems.Select(p => p.ToString())]);
        }
        if (manifest.Inputs.Store is not { } snapshot) return VerifyReport.CannotVerify($"run {runId}: its manifest names no store snapshot");
        var gone = await SnapshotProblemsAsync(store, snapshot, cancellationToken).ConfigureAwait(false);
        if (gone.Count > 0) return VerifyReport.CannotVerify([.. gone]);
        var saved = await store.GetScoresAsync(runId, cancellationToken).ConfigureAwait(false);
        return await RecomputeAndCompareAsync(manifest, saved, store, kinds, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recomputes a manifest's run and compares it with the saved scores (store or file mode; the caller has
    /// checked the inputs the manifest names).</summary>
    public static async Task<VerifyReport> RecomputeAndCompareAsync(RunManifest manifest, IReadOnlyList<ScoreRow> saved, IStore? store,
        IReadOnlyList<IRunRecomputer> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(kinds);
        if (!manifest.Model.HashMatchesText)
            return VerifyReport.CannotVerify($"the manifest's {manifest.Kind} model text does not match its hash {manifest.Model.Hash} (the manifest was edited)");
        var kind = kinds.FirstOrDefault(k => k.Kind == manifest.Kind);
        if (kind is null)
            return VerifyReport.CannotVerify($"runs of kind '{manifest.Kind}' cannot be recomputed by this hso (it recomputes: {string.Join(", ", kinds.Select(k => k.Kind))})");
        IReadOnlyList<RunOutput> outputs;
        try
        {
            outputs = await kind.RecomputeAsync(manifest, store, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            return VerifyReport.CannotVerify([.. e.Problems.Where(p => p.Severity == ProblemSeverity.Error).Take(10).Select(p => $"the recomputation was rejected: {p}")]);
        }
        var output = outputs.FirstOrDefault(o => o.Manifest.Periods.SequenceEqual(manifest.Periods)) ?? outputs[^1];
        return ScoreComparison.Compare(saved, output.Scores) with { Notes = Notes(manifest, output.Manifest) };
    }

    /// <summary>Every dataset of the snapshot that is gone from the store or whose SHA-256 changed, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SnapshotProblemsAsync(IStore store, StoreSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(snapshot);
        var now = (await store.GetDatasetsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Id);
        var problems = new List<string>();
        foreach (var d in snapshot.Datasets)
        {
            if (!now.TryGetValue(d.Id, out var current))
                problems.Add($"dataset {d.Id} ({d.Kind}, {d.File}) that the run read is gone from the store");
            else if (!string.Equals(current.Sha256, d.Sha256, StringComparison.Ordinal))
                problems.Add($"dataset {d.Id} ({d.Kind}, {d.File}) changed: its SHA-256 was {d.Sha256}, is now {current.Sha256}");
        }
        return problems;
    }

    private static List<string> Notes(RunManifest saved, RunManifest recomputed)
    {
        var notes = new List<string>();
        if (saved.Engine != recomputed.Engine)
            notes.Add($"made by {Describe(saved.Engine)}, recomputed by {Describe(recomputed.Engine)}");
        if (saved.Inputs.Store is { } before && recomputed.Inputs.Store is { } after)
        {
            var added = after.DatasetIds.Except(before.DatasetIds).ToList();
            if (added.Count > 0)
                notes.Add($"the recomputation also read dataset(s) {string.Join(", ", added)}, imported after the run: areas, populations and the indicator catalogue are not versioned, so the current ones were used");
        }
        return notes;
    }

    private static string Describe(EngineInfo e) => $"{e.Name} {e.Version}{(e.Commit is null ? "" : $" ({e.Commit[..Math.Min(12, e.Commit.Length)]})")}";
}
