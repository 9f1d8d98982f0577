using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Sdmx;

/// <summary><c>hso import --format sdmx-csv|sdmx-json [--mapping M.yaml]</c>: SDMX observations into one atomic import.
/// Areas (after the mapping's crosswalk) must be in the store; unknown indicators are created with a warning.</summary>
public sealed class SdmxImporter(bool json) : IDatasetImporter
{
    public string Format => json ? "sdmx-json" : "sdmx-csv";

    public string Description => json ? "SDMX-JSON 2.0 data message" : "SDMX-CSV 1.0/2.0/2.1 observations";

    public DatasetKind Kind => DatasetKind.Observations;

    public bool CanRead(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (json)
            return head.Extension == ".json" && head.Lines.Any(l => l.Contains("\"dataSets\"", StringComparison.Ordinal) || l.Contains("\"structures\"", StringComparison.Ordinal)
                || l.Contains("sdmx-json", StringComparison.OrdinalIgnoreCase));
        var h = head.Header.ToUpperInvariant();
        return head.Extension is ".csv" or ".txt" && (h.StartsWith("DATAFLOW", StringComparison.Ordinal) || h.StartsWith("STRUCTURE", StringComparison.Ordinal)
            || (h.Contains("REF_AREA", StringComparison.Ordinal) && h.Contains("OBS_VALUE", StringComparison.Ordinal)));
    }

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, async (session, problems, ct) =>
        {
            var mapping = request.MappingPath is { } m ? SdmxMapping.Load(m) : null;
            var ds = json ? SdmxJsonReader.Read(request.Path) : SdmxCsvReader.Read(request.Path);
            problems.AddRange(ds.Problems.Items);
            var units = new Dictionary<string, string>(StringComparer.Ordinal);
            var observations = SdmxObservationMapper.Map(ds, mapping, problems, units);
            var (areas, indicators) = await ExchangeImport.StoreCodesAsync(store, ct).ConfigureAwait(false);
            var gate = new ObservationGate(areas, indicators, problems);
            var chunk = new ObservationChunk(Math.Max(1, observations.Count));
            foreach (var o in observations)
                if (gate.Accept(o, $"{request.DisplayName} {o.Indicator}/{o.Area}/{o.Period}")) chunk.Add(o);
            await ExchangeImport.AddNewIndicatorsAsync(gate, session, ds.Structure ?? request.DisplayName, problems, ct, units).ConfigureAwait(false);
            if (session is not null && !problems.HasErrors && chunk.Count > 0) await session.AppendObservationsAsync(chunk, ct).ConfigureAwait(false);
            progress?.Report(new ImportProgress("reading", ds.Observations.Count, 0, 0));
            return new Dictionary<string, long> { ["rows"] = ds.Observations.Count, ["observations"] = chunk.Count };
        }, cancellationToken);
}
