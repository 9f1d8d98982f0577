using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty.Runs;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Runs;

/// <summary>Recomputes poverty runs from their manifest: the spec from the manifest's text with the recorded subgroups,
/// minimum count and standard-error choice, on the survey dataset (store) or the household and roster files it names.</summary>
public sealed class PovertyRecomputer : IRunRecomputer
{
    public string Kind => PovertyRunner.Kind;

    public async Task<IReadOnlyList<RunOutput>> RecomputeAsync(RunManifest manifest, IStore? store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var o = manifest.Options;
        var over = o["over"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? throw Missing("over");
        var spec = BuiltInPovertySpecs.FromText(manifest.Model) with { Over = over };
        PovertySource source;
        if (manifest.Inputs.Store is not null)
        {
            if (store is null) throw new InvalidInputException("run.json", "this run was made on a store; verify it with --db DB --run ID");
            source = new PovertyStoreSource(store, o["dataset"]?.GetValue<long>() ?? throw Missing("dataset"));
        }
        else
        {
            var households = manifest.Inputs.File("households") ?? throw new InvalidInputException("run.json", "the manifest names no households file");
            var roster = manifest.Inputs.File("roster");
            source = new PovertyFileSource(SurveyCsvReader.ReadFile(households.Path), Path.GetFileName(households.Path),
                [InputFiles.Identify("households", households.Path), .. roster is null ? Array.Empty<InputFile>() : [InputFiles.Identify("roster", roster.Path)]])
            {
                Persons = roster is null ? null : SurveyCsvReader.ReadFile(roster.Path),
                PersonsName = roster is null ? null : Path.GetFileName(roster.Path),
            };
        }
        var request = new PovertyRequest(spec, manifest.Model, source)
        {
            MinCount = o["min_count"]?.GetValue<int>() ?? throw Missing("min_count"),
            StandardErrors = o["standard_errors"]?.GetValue<bool>() ?? throw Missing("standard_errors"),
        };
        return [(await PovertyRunner.RunAsync(request, cancellationToken).ConfigureAwait(false)).Output];
    }

    private static InvalidInputException Missing(string key) => new($"options.{key}", "the manifest does not give this option");
}
