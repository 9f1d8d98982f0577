using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.CodAb;

/// <summary><c>hso import --format geojson|cod-ab-gazetteer</c>: COD-AB boundaries (areas + geometries) or a gazetteer
/// (areas) in one atomic import; areas are upserted by code, ancestors repeated on rows are added when not in the store.</summary>
public sealed class CodAbImporter(bool gazetteer) : IDatasetImporter
{
    public string Format => gazetteer ? "cod-ab-gazetteer" : "geojson";

    public string Description => gazetteer ? "COD-AB gazetteer (CSV or XLSX, adm{N}_pcode columns)" : "COD-AB boundaries GeoJSON (new or legacy schema): areas + geometries";

    public DatasetKind Kind => gazetteer ? DatasetKind.Areas : DatasetKind.Boundaries;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, async (session, problems, ct) =>
        {
            var ds = gazetteer ? CodAbReader.ReadGazetteer(request.Path) : CodAbReader.ReadGeoJson(request.Path);
            problems.AddRange(ds.Problems.Items);
            var stored = await store.GetAreasAsync(ct).ConfigureAwait(false);
            var own = ds.Units.Select(CodAbAreas.CodeOf).ToHashSet(StringComparer.Ordinal);
            var storedCodes = stored.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var areas = CodAbAreas.ToAreas(ds.Units).Where(a => own.Contains(a.Code) || !storedCodes.Contains(a.Code)).ToList();
            var merged = stored.Where(a => !areas.Any(x => x.Code == a.Code)).Concat(areas).ToList();
            var codes = areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(AreaValidator.Validate(merged, a => $"{ds.File} area {a.Code}").Where(p => codes.Contains(p.Location[(ds.File.Length + 6)..])));
            var geometries = ds.Units.Where(u => u.GeometryJson is not null).ToList();
            if (session is not null && !problems.HasErrors)
            {
                await session.AddAreasAsync(areas, ct).ConfigureAwait(false);
                foreach (var u in geometries) await session.AddGeometryAsync(CodAbAreas.CodeOf(u), u.GeometryJson!, ct).ConfigureAwait(false);
            }
            progress?.Report(new ImportProgress("reading", ds.Units.Count, 0, 0));
            return new Dictionary<string, long> { ["areas"] = areas.Count, ["geometries"] = geometries.Count };
        }, cancellationToken);
}
