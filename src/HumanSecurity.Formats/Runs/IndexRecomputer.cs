using HumanSecurity.Formats.Models;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Runs;

/// <summary>Recomputes index runs from their manifest: the model from the manifest's text, the options as resolved, and
/// the store snapshot (observations of exactly the datasets it names) or the data file it names.</summary>
public sealed class IndexRecomputer : IRunRecomputer
{
    public string Kind => IndexRunner.Kind;

    public async Task<IReadOnlyList<RunOutput>> RecomputeAsync(RunManifest manifest, IStore? store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var model = ModelLibrary.FromText(manifest.Model);
        var options = IndexRunOptions.FromJson(manifest.Options);
        IndexSource source;
        if (manifest.Inputs.Store is { } snapshot)
        {
            if (store is null) throw new InvalidInputException("run.json", "this run was made on a store; verify it with --db DB --run ID");
            var level = options.Level ?? throw new InvalidInputException("options.level", "a store run's manifest must give the area level");
            source = new IndexStoreSource(store, level)
            {
                Year = options.Year,
                LookBack = options.LookBack ?? IndexStoreSource.DefaultLookBack,
                Datasets = snapshot.DatasetIds,
            };
        }
        else
        {
            var file = manifest.Inputs.File("data") ?? throw new InvalidInputException("run.json", "the manifest names no data file");
            var data = IndexDataReader.ReadFile(file.Path, model.UnitColumn, model.TimeColumn);
            source = new IndexFileSource(data, [InputFiles.Identify("data", file.Path)]);
        }
        var request = new IndexRequest(model, manifest.Model, source)
        {
            Options = options.Pipeline,
            Panel = options.Panel,
            OptionFiles = [.. manifest.Inputs.Files.Where(f => f.Role != "data")],
        };
        return (await IndexRunner.RunAsync(request, cancellationToken).ConfigureAwait(false)).Outputs;
    }
}
