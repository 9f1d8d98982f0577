using HumanSecurity.Indicators;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Import;

/// <summary>The frame the importers that are not plain CSV (HXL, SDMX, COD-AB, IATI, Kobo/ODK, programmes, surveys, the
/// YAML catalogue) run in: open a session unless dry-run (the file is hashed on another thread meanwhile), read and
/// validate everything (reporting phases through <see cref="ImportPhases"/>), then throw every problem (the disposed
/// session leaves the store unchanged) or commit.</summary>
public static class ExchangeImport
{
    public delegate Task<IReadOnlyDictionary<string, long>> WorkAsync(IImportSession? session, ProblemList problems, ImportRun run, CancellationToken cancellationToken);

    public static async Task<ImportResult> RunAsync(IDatasetImporter importer, ImportRequest request, IStore store, IProgress<ImportProgress>? progress,
        WorkAsync work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(work);
        var file = request.DisplayName;
        if (!File.Exists(request.Path)) throw new InvalidInputException(file, $"file not found: {request.Path}");
        var problems = new ProblemList(request.MaxErrors);
        // The file is hashed (for the dataset record) and the session opened while the importer reads.
        IImportSession? session = request.DryRun ? null : DeferredImportSession.Open(store, request.Path,
            sha => new DatasetInfo(importer.Kind, file, sha) { Name = request.Name ?? file }, cancellationToken);
        var phases = new ImportPhases(progress, request.ProgressInterval);
        var run = new ImportRun(phases, request.Report);
        try
        {
            phases.Start(ImportPhase.Read);
            var counts = await work(session, problems, run, cancellationToken).ConfigureAwait(false);
            EmptyImport.Check(counts, problems, file);
            phases.End(phases.Accepted, problems.ErrorCount);
            problems.ThrowIfErrors();
            var dataset = session is null ? null : await phases.CommitAsync(session, cancellationToken).ConfigureAwait(false);
            return new ImportResult(importer.Format, dataset, counts, [.. problems.Items.Where(p => p.Severity == ProblemSeverity.Warning)]) { Report = run.Report };
        }
        finally
        {
            if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Known area and indicator codes of the store, and its gazetteer (for matching area names).</summary>
    public static async Task<(HashSet<string> Areas, HashSet<string> Indicators, IReadOnlyList<Areas.Area> Gazetteer)> StoreCodesAsync(IStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var areas = await store.GetAreasAsync(cancellationToken).ConfigureAwait(false);
        var indicators = await store.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
        return (areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal), indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal), areas);
    }

    /// <summary>Creates the indicators the file uses but the catalogue lacks, from what the file (or its mapping) says
    /// about them (<paramref name="drafts"/>): label (else the code), unit (else unknown) and direction. Each is reported
    /// in a warning at its first use; one without a declared direction is created as higher-is-worse and the warning says
    /// that this was assumed.</summary>
    public static async Task AddNewIndicatorsAsync(ObservationGate gate, IImportSession? session, string source, ProblemList problems, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, IndicatorDraft>? drafts = null)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(problems);
        var created = new List<Indicator>();
        foreach (var (code, at) in gate.NewIndicators)
        {
            var draft = drafts?.GetValueOrDefault(code) ?? new IndicatorDraft(code);
            var indicator = new Indicator(code, draft.Name ?? code, draft.Unit ?? "", draft.Direction ?? Direction.HigherIsWorse) { Source = source, Description = draft.Description };
            problems.Warning(at, Describe(indicator, draft));
            created.Add(indicator);
        }
        if (session is null || created.Count == 0 || problems.HasErrors) return;
        await session.AddIndicatorsAsync(created, cancellationToken).ConfigureAwait(false);
    }

    private static string Describe(Indicator i, IndicatorDraft d) =>
        $"indicator '{i.Code}' is not in the catalogue; created as '{i.Name}'{(d.Name is null ? " (the file gives no label)" : "")}, "
        + (d.Unit is null ? "unit unknown, " : $"unit '{i.Unit}', ")
        + (d.Direction is { } dir ? dir.ToCode()
            : "direction not given by the file: higher_is_worse assumed (declare it in the catalogue, or in the mapping file's 'indicators' section)");
}
