namespace HumanSecurity.Formats.Import;

/// <summary>What an importer reports to while it reads: the progress of its phases and the import's report.</summary>
public sealed class ImportRun(ImportPhases phases, ImportReport report)
{
    public ImportPhases Phases { get; } = phases;

    /// <summary>The request's report (<see cref="ImportRequest.Report"/>), filled even when the import fails.</summary>
    public ImportReport Report { get; } = report;
}
