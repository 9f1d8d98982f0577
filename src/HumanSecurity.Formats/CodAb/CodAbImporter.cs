using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.CodAb;

/// <summary><c>hso import --format geojson|cod-ab-gazetteer</c>: COD-AB boundaries (areas + geometries) or a gazetteer
/// (areas) in one atomic import. Areas already in the store are merged (<see cref="StoredAreas"/>); ancestors repeated
/// on rows are added when not in the store. <c>--levels</c> imports some admin levels only; <c>--skip-invalid</c>
/// imports the valid rows and reports the others (<see cref="CodAbSkipping"/>); by default any error rejects the file.</summary>
public sealed class CodAbImporter(bool gazetteer) : IDatasetImporter
{
    private const int MaxRounds = 8;

    public string Format => gazetteer ? "cod-ab-gazetteer" : "geojson";

    public string Description => gazetteer ? "COD-AB gazetteer (CSV or XLSX, adm{N}_pcode columns)" : "COD-AB boundaries GeoJSON (new or legacy schema): areas + geometries";

    public DatasetKind Kind => gazetteer ? DatasetKind.Areas : DatasetKind.Boundaries;

    public ImportOptions Options => ImportOptions.Levels | ImportOptions.SkipInvalid | ImportOptions.ReplaceNames;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var ds = gazetteer ? CodAbReader.ReadGazetteer(request.Path, request.Levels) : CodAbReader.ReadGeoJson(request.Path, request.Levels);
            HashSet<string> dropped = [];
            var units = request.SkipInvalid ? CodAbSkipping.Keep(ds, problems, run.Report, out dropped) : [.. ds.Units];
            if (!request.SkipInvalid) problems.AddRange(ds.Problems.Items);
            if (units.Count == 0 && !problems.HasErrors) problems.Error(ds.File, "every row was skipped; nothing is left to import");
            run.Phases.End(units.Count, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Check, units.Count);
            var stored = await store.GetAreasAsync(ct).ConfigureAwait(false);
            var areas = Areas(ds.File, units, dropped, stored, request, run.Report, problems);
            if (run.Report.Skipped.Count > 0)
                problems.Warning(ds.File, $"{run.Report.Skipped.Count} row(s) skipped (--skip-invalid); the report lists each with its reason");
            var kept = areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var geometries = units.Where(u => u.GeometryJson is not null && kept.Contains(CodAbAreas.CodeOf(u))).ToList();
            run.Phases.End(areas.Count, problems.ErrorCount);
            if (session is not null && !problems.HasErrors)
            {
                run.Phases.Start(ImportPhase.Stage, areas.Count);
                await session.AddAreasAsync(areas, ct).ConfigureAwait(false);
                foreach (var u in geometries) await session.AddGeometryAsync(CodAbAreas.CodeOf(u), u.GeometryJson!, ct).ConfigureAwait(false);
            }
            return new Dictionary<string, long> { ["areas"] = areas.Count, ["geometries"] = geometries.Count };
        }, cancellationToken);

    /// <summary>The units' areas (ancestors not in the store included), merged with the stored ones, checked as a
    /// hierarchy together with the store. With <c>--skip-invalid</c> an area the check rejects is left out (with the
    /// areas below it, in further rounds) and reported; otherwise its error rejects the file.</summary>
    private static List<Area> Areas(string file, List<CodAbUnit> units, HashSet<string> dropped, IReadOnlyList<Area> stored, ImportRequest request,
        ImportReport report, ProblemList problems)
    {
        var own = units.GroupBy(CodAbAreas.CodeOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Location, StringComparer.Ordinal);
        var storedCodes = stored.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var read = CodAbAreas.ToAreas(units).Where(a => !dropped.Contains(a.Code) && (own.ContainsKey(a.Code) || !storedCodes.Contains(a.Code))).ToList();
        string Locate(Area a) => own.GetValueOrDefault(a.Code) ?? $"{file} area {a.Code}";
        var areas = StoredAreas.Merge(read, stored, request.ReplaceNames, Locate, report);
        for (var round = 0; round < MaxRounds; round++)
        {
            var codes = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
            var merged = stored.Where(a => !codes.ContainsKey(a.Code)).Concat(areas).ToList();
            var found = AreaValidator.Validate(merged, a => codes.ContainsKey(a.Code) ? Locate(a) : "\u0001store").Where(p => p.Location != "\u0001store").ToList();
            var rejected = request.SkipInvalid ? found.Where(p => p.Severity == ProblemSeverity.Error).ToList() : [];
            if (rejected.Count == 0)
            {
                problems.AddRange(found);
                return areas;
            }
            var bad = rejected.Select(p => areas.First(a => Locate(a) == p.Location).Code).ToHashSet(StringComparer.Ordinal);
            foreach (var p in rejected) report.Skipped.Add(new SkippedRow(p.Location, "", p.Message));
            areas.RemoveAll(a => bad.Contains(a.Code));
        }
        problems.Error(file, $"the area hierarchy still has errors after {MaxRounds} rounds of skipping; nothing is imported");
        return areas;
    }
}
