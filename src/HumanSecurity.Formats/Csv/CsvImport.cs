using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>The frame every CSV importer runs in: open the file, open an import session unless dry-run (hashing the
/// file on another thread meanwhile), let the importer read and validate every row (reporting its phases through
/// <see cref="CsvFile.Phases"/>), then either throw every problem (disposing the session, so nothing is written) or
/// commit.</summary>
internal static class CsvImport
{
    public delegate Task<IReadOnlyDictionary<string, long>> ReadAsync(CsvFile file, IImportSession? session, ProblemList problems, CancellationToken cancellationToken);

    public static async Task<ImportResult> RunAsync(IDatasetImporter importer, ImportRequest request, IStore store,
        IProgress<ImportProgress>? progress, ReadAsync read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var file = request.DisplayName;
        if (!File.Exists(request.Path)) throw new InvalidInputException(file, $"file not found: {request.Path}");
        var problems = new ProblemList(request.MaxErrors);
        var phases = new ImportPhases(progress, request.ProgressInterval);
        using var csv = CsvFile.Open(request.Path, file, phases, request.Report);
        // The file is hashed (for the dataset record) and the session opened while the rows are read.
        IImportSession? session = request.DryRun ? null : DeferredImportSession.Open(store, request.Path,
            sha => new DatasetInfo(importer.Kind, file, sha) { Name = request.Name ?? file }, cancellationToken);
        try
        {
            phases.Start(ImportPhase.Read);
            var counts = await read(csv, session, problems, cancellationToken).ConfigureAwait(false);
            EmptyImport.Check(counts, problems, file);
            phases.End(phases.Accepted, problems.ErrorCount);
            problems.ThrowIfErrors();
            var dataset = session is null ? null : await phases.CommitAsync(session, cancellationToken).ConfigureAwait(false);
            return new ImportResult(importer.Format, dataset, counts, problems.Items.Where(p => p.Severity == ProblemSeverity.Warning).ToList()) { Report = csv.Report };
        }
        finally
        {
            if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
        }
    }
}
