using HumanSecurity.Storage;

namespace HumanSecurity.Runs;

/// <summary>Saves runner outputs in a store: a <see cref="RunRecord"/> with the manifest (and the link to every dataset
/// it names) plus the score rows, one atomic save per run.</summary>
public static class RunRecorder
{
    /// <summary>Saves <paramref name="outputs"/> in order; returns the saved records with their ids.</summary>
    public static async Task<IReadOnlyList<RunRecord>> SaveAsync(IStore store, IReadOnlyList<RunOutput> outputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outputs);
        var saved = new List<RunRecord>(outputs.Count);
        foreach (var output in outputs)
            saved.Add(await store.SaveRunAsync(ToRecord(output.Manifest), output.Scores, cancellationToken).ConfigureAwait(false));
        return saved;
    }

    /// <summary>The record a store saves for a manifest: kind, model name and hash, data version, time, the options as
    /// parameters and the whole manifest.</summary>
    public static RunRecord ToRecord(RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new RunRecord(0, manifest.Kind, manifest.Model.Name, manifest.Model.Hash, manifest.Inputs.Store?.DataVersion ?? 0, manifest.CreatedAt)
        {
            ParametersJson = manifest.Options.ToJsonString(),
            ManifestJson = manifest.ToJson(indented: false),
        };
    }
}
