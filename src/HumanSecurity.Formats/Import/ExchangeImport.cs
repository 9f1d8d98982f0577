using HumanSecurity.Indicators;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Import;

/// <summary>The frame the exchange-format importers (HXL, SDMX, COD-AB, IATI) run in: open a session unless dry-run (the
/// file is hashed on another thread meanwhile), read and validate everything, then throw every problem (the disposed session leaves the store unchanged) or
/// commit.</summary>
public static class ExchangeImport
{
    public delegate Task<IReadOnlyDictionary<string, long>> WorkAsync(IImportSession? session, ProblemList problems, CancellationToken cancellationToken);

    public static async Task<ImportResult> RunAsync(IDatasetImporter importer, ImportRequest request, IStore store, WorkAsync work, CancellationToken cancellationToken)
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
        try
        {
            var counts = await work(session, problems, cancellationToken).ConfigureAwait(false);
            EmptyImport.Check(counts, problems, file);
            problems.ThrowIfErrors();
            var dataset = session is null ? null : await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ImportResult(importer.Format, dataset, counts, [.. problems.Items.Where(p => p.Severity == ProblemSeverity.Warning)]);
        }
        finally
        {
            if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Known area and indicator codes of the store.</summary>
    public static async Task<(HashSet<string> Areas, HashSet<string> Indicators)> StoreCodesAsync(IStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var areas = await store.GetAreasAsync(cancellationToken).ConfigureAwait(false);
        var indicators = await store.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
        return (areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal), indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Creates indicators the file uses but the catalogue lacks (name = code, unit from <paramref name="units"/> or
    /// unknown, higher is worse) and
    /// warns about each, so the user can complete the catalogue.</summary>
    public static async Task AddNewIndicatorsAsync(ObservationGate gate, IImportSession? session, string source, ProblemList problems, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (code, at) in gate.NewIndicators)
            problems.Warning(at, $"indicator '{code}' is not in the catalogue; created with defaults (unit unknown, higher is worse)");
        if (session is null || gate.NewIndicators.Count == 0 || problems.HasErrors) return;
        var indicators = gate.NewIndicators.Keys.Select(c => new Indicator(c, c, units?.GetValueOrDefault(c) ?? "", Direction.HigherIsWorse) { Source = source }).ToList();
        await session.AddIndicatorsAsync(indicators, cancellationToken).ConfigureAwait(false);
    }
}
