using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Text;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Sdmx;

/// <summary><c>hso import --format sdmx-csv|sdmx-json [--mapping M.yaml]</c>: SDMX observations into one atomic import.
/// Areas (after the mapping's crosswalk) must be in the store; unknown indicators are created with a warning.</summary>
public sealed class SdmxImporter(bool json) : IDatasetImporter
{
    private const int ChunkSize = 65_536;

    public string Format => json ? "sdmx-json" : "sdmx-csv";

    public string Description => json ? "SDMX-JSON 2.0 data message" : "SDMX-CSV 1.0/2.0/2.1 observations";

    public DatasetKind Kind => DatasetKind.Observations;

    public ImportOptions Options => ImportOptions.MatchAreas;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var mapping = request.MappingPath is { } m ? SdmxMapping.Load(m) : null;
            var declared = mapping is null ? [] : IndicatorMapping.ToDrafts(mapping.Indicators, Path.GetFileName(request.MappingPath!), problems);
            using var text = json ? null : TextDecoding.Open(request.Path);
            var (ds, rows) = Open(request.Path, text, problems);
            var (areas, indicators, gazetteer) = await ExchangeImport.StoreCodesAsync(store, ct).ConfigureAwait(false);
            var gate = new ObservationGate(areas, indicators, problems);
            var names = request.MatchAreas is { } matching
                ? new AreaResolver(new AreaNameMatcher(gazetteer), matching, null, c => gate.AreaId(c), _ => request.DisplayName)
                : null;
            var drafts = new Dictionary<string, IndicatorDraft>(StringComparer.Ordinal);
            var pipeline = session is null ? null : new ChunkPipeline(session);
            var chunk = new ObservationChunk(ChunkSize);
            long read = 0;
            var areaColumn = SdmxObservationMapper.AreaDimension(mapping);
            foreach (var (mapped, at) in SdmxObservationMapper.MapLocated(ds, rows.Select(r => { read++; return r; }), mapping, problems, drafts))
            {
                var o = mapped;
                if (names is not null)
                {
                    if (!names.TryArea(gate, o.Area, "", (int)Math.Min(read, int.MaxValue), $"{at} {areaColumn}", problems, out var code)) continue;
                    if (!ReferenceEquals(code, o.Area)) o = o with { Area = code };
                }
                if (!gate.Accept(o, at)) continue;
                chunk.Add(o);
                if (!chunk.IsFull) continue;
                if (pipeline is not null && !problems.HasErrors) chunk = await pipeline.AppendAsync(chunk, ct).ConfigureAwait(false);
                else chunk.Clear();
                run.Phases.Advance(gate.Accepted, errors: problems.ErrorCount);
                ct.ThrowIfCancellationRequested();
            }
            names?.AddTo(run.Report, problems, request.DisplayName);
            run.Phases.End(gate.Accepted, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Stage, gate.Accepted);
            if (pipeline is not null && !problems.HasErrors && chunk.Count > 0) _ = await pipeline.AppendAsync(chunk, ct).ConfigureAwait(false);
            if (pipeline is not null) await pipeline.CompleteAsync().ConfigureAwait(false);
            foreach (var (code, d) in declared) drafts[code] = drafts.TryGetValue(code, out var fromFile) ? fromFile.With(d) : d;
            await ExchangeImport.AddNewIndicatorsAsync(gate, session, ds.Structure ?? request.DisplayName, problems, ct, drafts).ConfigureAwait(false);
            return new Dictionary<string, long> { ["rows"] = read, ["observations"] = gate.Accepted };
        }, cancellationToken);

    /// <summary>SDMX-CSV is streamed row by row from <paramref name="text"/> (files larger than memory); SDMX-JSON
    /// messages (<paramref name="text"/> null) are read whole.</summary>
    private static (SdmxDataset, IEnumerable<SdmxObservation>) Open(string path, TextReader? text, ProblemList problems)
    {
        if (text is not null) return SdmxCsvReader.Open(text, TextDecoding.FirstLine(path), Path.GetFileName(path), problems);
        var ds = SdmxJsonReader.Read(path);
        problems.AddRange(ds.Problems.Items);
        return (ds, ds.Observations);
    }
}
