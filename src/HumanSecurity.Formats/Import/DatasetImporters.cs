namespace HumanSecurity.Formats.Import;

/// <summary>Every importer <c>hso import</c> knows. Add yours with one line in <see cref="All"/>; order matters for
/// detection (the first importer whose <see cref="IDatasetImporter.CanRead"/> says yes wins), so put specific formats
/// before general ones.</summary>
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

    /// <summary>The importer named <paramref name="format"/> (case-insensitive), or null.</summary>
    public static IDatasetImporter? Find(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first importer that recognises the file, or null.</summary>
    public static IDatasetImporter? Detect(FileHead head) => All.FirstOrDefault(i => i.CanRead(head));

    /// <summary>Resolves the importer for a file: by <paramref name="format"/> when given, else by detection. Throws
    /// <see cref="InvalidInputException"/> naming the file and the known formats when none fits.</summary>
    public static IDatasetImporter Resolve(string path, string? format)
    {
        var file = Path.GetFileName(path);
        if (!string.IsNullOrEmpty(format))
            return Find(format) ?? throw new InvalidInputException(file, $"unknown format '{format}'; expected one of {KnownFormats}");
        if (!File.Exists(path)) throw new InvalidInputException(file, "file not found");
        return Detect(FileHead.Read(path))
            ?? throw new InvalidInputException(Problem.At(file, 1), $"cannot tell the format from the header; pass --format (one of {KnownFormats})");
    }

    public static string KnownFormats => string.Join(", ", All.Select(i => i.Format));
}
