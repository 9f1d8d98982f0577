using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Import;

/// <summary>Outcome of a successful import (or dry run).</summary>
/// <param name="Format">Importer format name.</param>
/// <param name="Dataset">The stored dataset; null for a dry run.</param>
/// <param name="RowCounts">Rows by what they are, e.g. <c>areas</c> 120, <c>populations</c> 360.</param>
/// <param name="Warnings">Problems that did not stop the import.</param>
public sealed record ImportResult(string Format, Dataset? Dataset, IReadOnlyDictionary<string, long> RowCounts, IReadOnlyList<Problem> Warnings)
{
    public bool DryRun => Dataset is null;

    /// <summary>Rows skipped, area names matched, stored areas changed (written by <c>hso import --report</c>).</summary>
    public ImportReport Report { get; init; } = new();

    /// <summary>Total rows of the file that were accepted.</summary>
    public long Rows => RowCounts.Values.Sum();
}
