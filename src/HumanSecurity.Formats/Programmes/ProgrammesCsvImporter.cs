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

    public ImportOptions Options => ImportOptions.MatchAreas;

    /// <summary>Whether a file's head has this layout's header (asked by the one format detector).</summary>
    internal static bool Recognises(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var cols = head.HeaderColumns;
        return head.Extension is ".csv" or ".txt" && cols.Contains("id") && cols.Contains("title")
            && (cols.Contains("sdgs") || cols.Contains("clusters") || cols.Contains("prevention"));
    }

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var gazetteer = await store.GetAreasAsync(ct).ConfigureAwait(false);
            var areas = gazetteer.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var names = request.MatchAreas is { } matching ? AreaResolver.ForGazetteer(gazetteer, matching, null, _ => request.DisplayName) : null;
            var programmes = ProgrammesCsvReader.Read(request.Path, request.DisplayName, problems, areas.Contains, names is null ? null : (name, line) =>
            {
                var id = names.Resolve(name, "", line, Problem.At(request.DisplayName, line, "areas"));
                if (id >= 0) return names.CodeOf(id);
                names.Reject(id, problems);
                return null;
            });
            names?.AddTo(run.Report, problems, request.DisplayName);
            run.Phases.End(programmes.Count, problems.ErrorCount);
            if (session is not null && !problems.HasErrors)
            {
                run.Phases.Start(ImportPhase.Stage, programmes.Count);
                await session.AddProgrammesAsync(programmes, ct).ConfigureAwait(false);
            }
            return new Dictionary<string, long> { ["programmes"] = programmes.Count };
        }, cancellationToken);
}
