using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Iati;

/// <summary><c>hso import --format iati</c>: IATI 2.03 activities as programmes, in one atomic import.</summary>
public sealed class IatiImporter : IDatasetImporter
{
    public string Format => "iati";

    public string Description => "IATI 2.03 activity XML → programmes";

    public DatasetKind Kind => DatasetKind.Programmes;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var doc = IatiReader.Read(request.Path);
            problems.AddRange(doc.Problems.Items);
            var programmes = IatiProgrammes.ToProgrammes(doc, problems);
            run.Phases.End(programmes.Count, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Check, programmes.Count);
            var areas = (await store.GetAreasAsync(ct).ConfigureAwait(false)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            programmes = IatiProgrammes.MatchCountries(programmes, areas, request.DisplayName, problems);
            run.Phases.End(programmes.Count, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Stage, programmes.Count);
            if (session is not null && !problems.HasErrors) await session.AddProgrammesAsync(programmes, ct).ConfigureAwait(false);
            return new Dictionary<string, long> { ["programmes"] = programmes.Count };
        }, cancellationToken);
}
