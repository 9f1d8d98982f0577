using HumanSecurity.Areas;
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

    public ImportOptions Options => ImportOptions.MatchAreas;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var mapping = request.MappingPath is { } m ? HxlMapping.Load(m) : null;
            using var table = HxlReader.Open(request.Path);
            var layout = HxlLayoutResolver.Resolve(table, mapping, problems);
            problems.ThrowIfErrors();
            var (areas, indicators, gazetteer) = await ExchangeImport.StoreCodesAsync(store, ct).ConfigureAwait(false);
            var gate = new ObservationGate(areas, indicators, problems);
            var names = request.MatchAreas is { } matching
                ? new AreaResolver(new AreaNameMatcher(gazetteer), matching, layout.AreaKind, c => gate.AreaId(c), line => Problem.At(table.File, line, layout.AreaColumn!.Label))
                : null;
            gate.EnsureCapacity((int)Math.Min(new FileInfo(request.Path).Length / 32, 50_000_000)); // ~32 bytes a long-form row
            var pipeline = session is null ? null : new ChunkPipeline(session);
            var source = mapping?.Source ?? request.DisplayName;
            var (rows, labels) = await ReadAsync(new HxlRead(request.Path, table, layout, source, gate, names), pipeline, problems, run, ct).ConfigureAwait(false);
            names?.AddTo(run.Report, problems, table.File);
            run.Phases.End(gate.Accepted, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Stage, gate.Accepted);
            if (pipeline is not null) await pipeline.CompleteAsync().ConfigureAwait(false);
            var declared = mapping is null ? [] : IndicatorMapping.ToDrafts(mapping.Indicators, Path.GetFileName(request.MappingPath!), problems);
            await ExchangeImport.AddNewIndicatorsAsync(gate, session, request.DisplayName, problems, ct, Drafts(layout, labels, declared)).ConfigureAwait(false);
            return new Dictionary<string, long> { ["rows"] = rows, ["observations"] = gate.Accepted };
        }, cancellationToken);

    private sealed record HxlRead(string Path, HxlTable Table, HxlLayout Layout, string Source, ObservationGate Gate, AreaResolver? Names);

    /// <summary>Reads every observation into the pipeline: long-form delimited files on the fast parallel reader, every
    /// other shape on <see cref="HxlObservationReader"/>. Returns the data rows read and the indicator labels seen.</summary>
    private static async Task<(long Rows, IReadOnlyDictionary<string, string> Labels)> ReadAsync(HxlRead read, ChunkPipeline? pipeline, ProblemList problems,
        ImportRun run, CancellationToken ct)
    {
        var gate = read.Gate;
        if (HxlLongFormReader.Applies(read.Path, read.Layout))
        {
            var position = ReadPosition.Of(read.Path);
            var reader = new HxlLongFormReader(read.Path, read.Table, read.Layout, problems, read.Source, gate, read.Names);
            await reader.ReadAsync(chunk => pipeline is null || problems.HasErrors ? Refill(chunk) : pipeline.AppendAsync(chunk, ct),
                line => run.Phases.Advance(gate.Accepted, position.BytesAt(line), position.Length, problems.ErrorCount), ct).ConfigureAwait(false);
            return (reader.Rows, reader.IndicatorNames);
        }
        var rows = new HxlObservationReader(read.Table, read.Layout, problems, read.Source) { Gate = gate, Names = read.Names };
        foreach (var chunk in rows.ReadChunks())
        {
            if (pipeline is not null && !problems.HasErrors) _ = await pipeline.AppendAsync(chunk, ct).ConfigureAwait(false);
            run.Phases.Advance(gate.Accepted, errors: problems.ErrorCount);
        }
        return (rows.Rows, rows.IndicatorNames);
    }

    /// <summary>What the table says about its indicators, overridden by the mapping's <c>indicators</c>: in wide form a
    /// value column's header names its indicator when it is the indicator's only column and carries no disaggregation
    /// (<c>PIN girls</c> over <c>#inneed+f+children</c> names a slice, not the indicator); in long form the
    /// <c>#indicator+name</c> column. HXL says nothing about units or direction.</summary>
    private static Dictionary<string, IndicatorDraft> Drafts(HxlLayout layout, IReadOnlyDictionary<string, string> names, Dictionary<string, IndicatorDraft> declared)
    {
        var drafts = new Dictionary<string, IndicatorDraft>(StringComparer.Ordinal);
        if (!layout.IsLongForm)
        {
            foreach (var g in layout.Values.GroupBy(v => v.Indicator, StringComparer.Ordinal))
                if (g.Count() == 1 && g.First() is { Disaggregation.IsTotal: true, Column.Header: { Length: > 0 } header }) drafts[g.Key] = new IndicatorDraft(g.Key) { Name = header.Trim() };
        }
        foreach (var (code, name) in names) drafts[code] = new IndicatorDraft(code) { Name = name };
        foreach (var (code, d) in declared) drafts[code] = drafts.TryGetValue(code, out var fromFile) ? fromFile.With(d) : d;
        return drafts;
    }

    // Nothing is staged (dry run, or errors found): the chunk is refilled.
    private static ValueTask<ObservationChunk> Refill(ObservationChunk chunk)
    {
        chunk.Clear();
        return ValueTask.FromResult(chunk);
    }
}
