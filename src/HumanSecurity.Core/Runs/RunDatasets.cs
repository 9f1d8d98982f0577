using HumanSecurity.Storage;

namespace HumanSecurity.Runs;

/// <summary>The datasets a run is linked to when a store saves it: those its manifest's store snapshot names.</summary>
public static class RunDatasets
{
    /// <summary>The dataset ids of the run's manifest (none without a manifest).</summary>
    /// <exception cref="ArgumentException">The manifest JSON is not a run manifest.</exception>
    public static IReadOnlyList<long> Of(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.ManifestJson is null) return [];
        try
        {
            return RunManifest.FromJson(run.ManifestJson, "run manifest").Inputs.Store?.DatasetIds ?? [];
        }
        catch (InvalidInputException e)
        {
            throw new ArgumentException($"the run's manifest is not a run manifest: {e.Message}", nameof(run), e);
        }
    }
}
