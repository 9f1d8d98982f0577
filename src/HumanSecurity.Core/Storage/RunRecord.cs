namespace HumanSecurity.Storage;

/// <summary>A computation saved in the store: a model on a data snapshot.</summary>
/// <param name="Id">Store-assigned id (0 before saving).</param>
/// <param name="Kind">What was computed, e.g. <c>index</c>, <c>poverty</c>.</param>
/// <param name="Model">Model or spec name.</param>
/// <param name="ModelHash">SHA-256 of the model text.</param>
/// <param name="DataVersion">Store data version the run read (the highest dataset id).</param>
/// <param name="CreatedAt">UTC time saved.</param>
public sealed record RunRecord(long Id, string Kind, string Model, string ModelHash, long DataVersion, DateTimeOffset CreatedAt)
{
    /// <summary>Parameters as JSON (level, period, overrides), for traceability: the manifest's <c>options</c>.</summary>
    public string? ParametersJson { get; init; }

    /// <summary>The run manifest as JSON (<see cref="Runs.RunManifest"/>). Saved with the run; read back by
    /// <see cref="IStore.GetRunAsync"/> (the list <see cref="IStore.GetRunsAsync"/> leaves it null). Null for runs saved
    /// before manifests existed.</summary>
    public string? ManifestJson { get; init; }
}
