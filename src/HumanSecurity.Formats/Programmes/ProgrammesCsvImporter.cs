using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Programmes;

/// <summary>Programmes as CSV (<see cref="ProgrammesCsvReader"/>): validates every row, including that each area code
/// is in the store, then adds all programmes in one atomic import.</summary>
public sealed class ProgrammesCsvImporter : IDatasetImporter
{
    public string Format => "programmes";

    public string Description => "programmes: id,title[,status,start,end,areas,clusters,sdgs,budget,currency,leveraged,funder,prevention,target_people]";

    public DatasetKind Kind => DatasetKind.Programmes;

    public bool CanRead(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var cols = head.HeaderColumns;
        return head.Extension is ".csv" or ".txt" && cols.Contains("id") && cols.Contains("title")
            && (cols.Contains("sdgs") || cols.Contains("clusters") || cols.Contains("prevention"));
    }

    public async Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var file = request.DisplayName;
        if (!File.Exists(request.Path)) throw new InvalidInputException(file, $"file not found: {request.Path}");
        var areas = (await store.GetAreasAsync(cancellationToken).ConfigureAwait(false)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var problems = new ProblemList(request.MaxErrors);
        var size = new FileInfo(request.Path).Length;
        progress?.Report(new ImportProgress("validating", 0, 0, size));
        var programmes = ProgrammesCsvReader.Read(request.Path, file, problems, areas.Contains);
        EmptyImport.Check(new Dictionary<string, long> { ["programmes"] = programmes.Count }, problems, file);
        problems.ThrowIfErrors();
        progress?.Report(new ImportProgress("writing", programmes.Count, size, size));
        var counts = new Dictionary<string, long> { ["programmes"] = programmes.Count };
        var warnings = problems.Items.Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        if (request.DryRun) return new ImportResult(Format, null, counts, warnings);
        var sha = await FileHash.Sha256HexAsync(request.Path, cancellationToken).ConfigureAwait(false);
        await using var session = await store.BeginImportAsync(new DatasetInfo(Kind, file, sha) { Name = request.Name ?? file }, cancellationToken).ConfigureAwait(false);
        await session.AddProgrammesAsync(programmes, cancellationToken).ConfigureAwait(false);
        var dataset = await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportResult(Format, dataset, counts, warnings);
    }
}
