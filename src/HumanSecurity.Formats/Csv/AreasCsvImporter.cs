using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>A gazetteer: <c>code,name,kind,parent,population[,period]</c>, optionally <c>valid_from</c>, <c>valid_to</c>
/// and <c>name_&lt;lang&gt;</c> columns (names in other languages). A code may appear on several rows to give its
/// population for several periods; those rows must agree on everything but population and period. Parents may be in the file or
/// already in the store. Areas already in the store are merged (<see cref="StoredAreas"/>): what the file gives replaces,
/// what it leaves out (names in other languages, validity, other periods' populations) is kept.</summary>
public sealed class AreasCsvImporter : IDatasetImporter
{
    internal static IReadOnlyList<string> Required { get; } = ["code", "name", "kind"];

    internal static IReadOnlyList<string> Optional { get; } = ["parent", "population", "period", .. GazetteerExtras.Validity];

    public string Format => "areas";

    public string Description => "gazetteer: " + CsvColumns.Describe(Required, Optional);

    public DatasetKind Kind => DatasetKind.Areas;

    public ImportOptions Options => ImportOptions.ReplaceNames;

    /// <summary>Whether a file's head has this layout's header (asked by the one format detector).</summary>
    internal static bool Recognises(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var cols = head.HeaderColumns;
        return head.Extension is ".csv" or ".txt" && Required.All(cols.Contains) && !cols.Contains("unit");
    }

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        CsvImport.RunAsync(this, request, store, progress, async (csv, session, problems, ct) =>
        {
            if (!csv.CheckNotEmpty(problems, "code,name,kind,parent,population,period")) return Counts(0, 0);
            var columns = CsvColumns.Map(csv, Required, Optional, allowOthers: true, problems);
            var extras = GazetteerExtras.Map(csv, columns, CsvColumns.Describe(Required, Optional), problems);
            if (problems.HasErrors) return Counts(0, 0);
            var reader = new GazetteerRows(csv, columns, extras, request.DefaultPeriod, problems);
            reader.ReadAll();
            var stored = await store.GetAreasAsync(ct).ConfigureAwait(false);
            var areas = StoredAreas.Merge(reader.Build(), stored, request.ReplaceNames, a => Problem.At(csv.FileName, reader.LineOf[a.Code]), csv.Report);
            csv.Phases.End(areas.Count, problems.ErrorCount);
            csv.Phases.Start(ImportPhase.Check, areas.Count);
            ValidateHierarchy(csv.FileName, areas, reader.LineOf, stored, problems);
            csv.Phases.End(areas.Count, problems.ErrorCount);
            if (session is not null && !problems.HasErrors)
            {
                csv.Phases.Start(ImportPhase.Stage, areas.Count);
                await session.AddAreasAsync(areas, ct).ConfigureAwait(false);
            }
            return Counts(areas.Count, areas.Sum(a => a.Populations.Count));
        }, cancellationToken);

    private static Dictionary<string, long> Counts(long areas, long populations) => new() { ["areas"] = areas, ["populations"] = populations };

    private static void ValidateHierarchy(string file, IReadOnlyList<Area> areas, IReadOnlyDictionary<string, int> lineOf,
        IReadOnlyList<Area> stored, ProblemList problems)
    {
        var merged = stored.Where(a => !lineOf.ContainsKey(a.Code)).Concat(areas).ToList();
        const string storeMarker = "\u0001store ";
        var found = AreaValidator.Validate(merged, a => lineOf.TryGetValue(a.Code, out var line)
            ? Problem.At(file, line)
            : storeMarker + a.Code);
        // Problems of areas already in the store were accepted earlier; report only those about this file.
        problems.AddRange(found.Where(p => !p.Location.StartsWith(storeMarker, StringComparison.Ordinal)));
    }

    internal static bool TryParsePopulation(ReadOnlySpan<char> text, out double population) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out population) && double.IsFinite(population);

    internal static IEnumerable<Period> NoPeriods => [];
}
