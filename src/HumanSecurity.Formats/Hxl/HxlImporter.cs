using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Hxl;

/// <summary><c>hso import FILE --format hxl [--mapping M.yaml]</c>: HXL-tagged CSV/TSV/JSON observations, streamed in
/// chunks into one atomic import. Areas must be in the store; unknown indicators are created with a warning.</summary>
public sealed class HxlImporter : IDatasetImporter
{
    public string Format => "hxl";

    public string Description => "HXL-tagged CSV/TSV/JSON observations (long or wide form; --mapping for columns)";

    public DatasetKind Kind => DatasetKind.Observations;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, async (session, problems, ct) =>
        {
            var mapping = request.MappingPath is { } m ? HxlMapping.Load(m) : null;
            using var table = HxlReader.Open(request.Path);
            var layout = HxlLayoutResolver.Resolve(table, mapping, problems);
            problems.ThrowIfErrors();
            var (areas, indicators) = await ExchangeImport.StoreCodesAsync(store, ct).ConfigureAwait(false);
            var gate = new ObservationGate(areas, indicators, problems);
            gate.EnsureCapacity((int)Math.Min(new FileInfo(request.Path).Length / 32, 50_000_000)); // ~32 bytes a long-form row
            var pipeline = session is null ? null : new ChunkPipeline(session);
            long rows;
            if (HxlLongFormReader.Applies(request.Path, layout))
            {
                var reader = new HxlLongFormReader(request.Path, table, layout, problems, mapping?.Source ?? request.DisplayName, gate);
                await reader.ReadAsync(chunk => pipeline is null || problems.HasErrors ? Refill(chunk) : pipeline.AppendAsync(chunk, ct),
                    n => progress?.Report(new ImportProgress("reading", n, 0, 0)), ct).ConfigureAwait(false);
                rows = reader.Rows;
            }
            else
            {
                var reader = new HxlObservationReader(table, layout, problems, mapping?.Source ?? request.DisplayName) { Gate = gate };
                foreach (var chunk in reader.ReadChunks())
                {
                    if (pipeline is not null && !problems.HasErrors) _ = await pipeline.AppendAsync(chunk, ct).ConfigureAwait(false);
                    progress?.Report(new ImportProgress("reading", reader.Rows, 0, 0));
                }
                rows = reader.Rows;
            }
            if (pipeline is not null) await pipeline.CompleteAsync().ConfigureAwait(false);
            await ExchangeImport.AddNewIndicatorsAsync(gate, session, request.DisplayName, problems, ct).ConfigureAwait(false);
            return new Dictionary<string, long> { ["rows"] = rows, ["observations"] = gate.Accepted };
        }, cancellationToken);

    // Nothing is staged (dry run, or errors found): the chunk is refilled.
    private static ValueTask<ObservationChunk> Refill(ObservationChunk chunk)
    {
        chunk.Clear();
        return ValueTask.FromResult(chunk);
    }
}
