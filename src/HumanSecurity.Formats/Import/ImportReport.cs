using HumanSecurity.Areas;

namespace HumanSecurity.Formats.Import;

/// <summary>What an import did beyond its counts, written in full by <c>hso import --report FILE</c>
/// (<see cref="ImportReportWriter"/>): every row it skipped and why, every distinct area name it matched and how, and
/// every stored area whose fields it changed. Filled by the importer's reading thread.</summary>
public sealed class ImportReport
{
    public List<SkippedRow> Skipped { get; } = [];

    /// <summary>One entry per distinct area name (within its parent) the file gives.</summary>
    public List<AreaNameUse> AreaNames { get; } = [];

    public List<AreaChange> AreaChanges { get; } = [];

    public bool IsEmpty => Skipped.Count == 0 && AreaNames.Count == 0 && AreaChanges.Count == 0;
}

/// <summary>A row left out (<c>--skip-invalid</c>), or the rows that share a reason (<c>--skip-unmatched</c>: all rows
/// naming one unmatched area, located at the first).</summary>
/// <param name="Location">Where, e.g. <c>caf.xlsx!caf_admin4:72</c>.</param>
/// <param name="Subject">What the row was, e.g. the P-code or the area name.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record SkippedRow(string Location, string Subject, string Reason)
{
    /// <summary>Rows this entry stands for.</summary>
    public long Rows { get; init; } = 1;
}

/// <summary>How an area name of the file was matched, where it first appears and on how many rows.</summary>
public sealed record AreaNameUse(AreaMatch Match, string FirstLocation, long Rows);

/// <summary>A stored area changed by a re-import: which fields, before and after (<see cref="AreaMerge"/>).</summary>
/// <param name="Code">Area code.</param>
/// <param name="Location">The file row that changed it.</param>
/// <param name="Changes">One text per changed field, e.g. <c>population 2024: 125000 (new)</c>.</param>
public sealed record AreaChange(string Code, string Location, IReadOnlyList<string> Changes);
