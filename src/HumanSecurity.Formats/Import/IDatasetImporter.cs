using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Import;

/// <summary>Reads one file format into a store as one atomic dataset. Implementations validate the whole file first
/// (reporting every problem through <see cref="InvalidInputException"/>) and write nothing when it is invalid.
/// Register an importer with one line in <see cref="DatasetImporters"/>; its <see cref="Format"/> must be one of
/// <see cref="Inspection.DataFormats.All"/>, and <see cref="Inspection.FormatDetector"/> must be able to recognise it.</summary>
public interface IDatasetImporter
{
    /// <summary>Format name (one of <see cref="Inspection.DataFormats.All"/>) used by <c>hso import --format</c>, e.g.
    /// <c>areas</c>, <c>observations</c>.</summary>
    string Format { get; }

    /// <summary>One line for <c>hso import --help</c>.</summary>
    string Description { get; }

    /// <summary>What the dataset holds.</summary>
    DatasetKind Kind { get; }

    /// <summary>The <c>hso import</c> options this importer honours (others are refused for it).</summary>
    ImportOptions Options => ImportOptions.None;

    /// <summary>Validates the file completely, then (unless <see cref="ImportRequest.DryRun"/>) writes it to
    /// <paramref name="store"/> in one import session. Throws <see cref="InvalidInputException"/> with every located
    /// problem when the file is invalid; the store is then unchanged.</summary>
    Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);
}
