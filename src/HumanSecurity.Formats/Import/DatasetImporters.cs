using HumanSecurity.Formats.Inspection;

namespace HumanSecurity.Formats.Import;

/// <summary>Every importer <c>hso import</c> knows. Add yours with one line in <see cref="All"/> (its format name in
/// <see cref="DataFormats.All"/>, its detection in <see cref="FormatDetector"/>, which <c>hso inspect</c> shares).</summary>
public static class DatasetImporters
{
    public static IReadOnlyList<IDatasetImporter> All { get; } =
    [
        new Catalogue.IndicatorsYamlImporter(),
        new Csv.IndicatorsCsvImporter(),
        new Poverty.SurveyImporter(),
        new Csv.AreasCsvImporter(),
        new Programmes.ProgrammesCsvImporter(),
        new Csv.ObservationsCsvImporter(),
        new Csv.ObservationsWideCsvImporter(),
        new Sdmx.SdmxImporter(json: false),
        new Sdmx.SdmxImporter(json: true),
        new CodAb.CodAbImporter(gazetteer: false),
        new CodAb.CodAbImporter(gazetteer: true),
        new Iati.IatiImporter(),
        new Hxl.HxlImporter(),
        new Kobo.SurveyExportImporter(odk: false),
        new Kobo.SurveyExportImporter(odk: true),
    ];

    /// <summary>The importer of <paramref name="format"/> (a name or alias of <see cref="DataFormats"/>, any case), or null.</summary>
    public static IDatasetImporter? Find(string format) =>
        DataFormats.Normalise(format) is { } name ? All.FirstOrDefault(i => i.Format == name) : null;

    /// <summary>Resolves the importer for a file: by <paramref name="format"/> when given, else by
    /// <see cref="FormatDetector"/>. Throws <see cref="InvalidInputException"/> naming the file and the formats that can
    /// be imported when none fits.</summary>
    public static IDatasetImporter Resolve(string path, string? format)
    {
        var file = Path.GetFileName(path);
        if (!string.IsNullOrEmpty(format))
        {
            if (DataFormats.Normalise(format) is not { } name)
                throw new InvalidInputException(file, $"unknown format '{format}'; expected one of {KnownFormats}");
            return Find(name) ?? throw new InvalidInputException(file, $"format '{name}' can be inspected but not imported; expected one of {KnownFormats}");
        }
        if (!File.Exists(path)) throw new InvalidInputException(file, "file not found");
        var detected = FormatDetector.Detect(path);
        return Find(detected) ?? throw new InvalidInputException(Problem.At(file, 1),
            $"cannot tell the format: the file reads as {detected} but its header fits no importable layout; pass --format (one of {KnownFormats})");
    }

    /// <summary>The option names of <see cref="ImportOptions"/>, as <c>hso import</c> spells them.</summary>
    public static IReadOnlyDictionary<ImportOptions, string> OptionNames { get; } = new Dictionary<ImportOptions, string>
    {
        [ImportOptions.MatchAreas] = "--match-areas", [ImportOptions.Levels] = "--levels",
        [ImportOptions.SkipInvalid] = "--skip-invalid", [ImportOptions.ReplaceNames] = "--replace-names",
    };

    /// <summary>The formats whose importer honours <paramref name="option"/>, for help texts and error messages.</summary>
    public static string FormatsWith(ImportOptions option) => string.Join(", ", All.Where(i => i.Options.HasFlag(option)).Select(i => i.Format));

    /// <summary>Throws <see cref="InvalidInputException"/> for each option of <paramref name="request"/> that
    /// <paramref name="importer"/> does not honour, naming the formats that do.</summary>
    public static void CheckOptions(IDatasetImporter importer, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new ProblemList();
        foreach (var (option, name) in OptionNames)
            if (request.Uses.HasFlag(option) && !importer.Options.HasFlag(option))
                problems.Error(name, $"{name} does not apply to {importer.Format} files; it applies to {FormatsWith(option)}");
        problems.ThrowIfErrors();
    }

    /// <summary>The accepted forms of <c>hso import --format</c>, for its help text and error messages.</summary>
    public static string KnownFormats => DataFormats.Describe(DataFormats.Importable);
}
