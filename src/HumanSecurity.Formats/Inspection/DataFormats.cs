using HumanSecurity.Formats.Import;

namespace HumanSecurity.Formats.Inspection;

/// <summary>The one list of format names: what <see cref="FormatDetector"/> answers, what <c>hso inspect --format</c> and
/// <c>hso import --format</c> accept (with the same aliases), and what their help texts and error messages list.
/// <c>hso import</c> takes the names that have an importer (<see cref="Importable"/>); <c>hso inspect</c> takes them all.</summary>
public static class DataFormats
{
    public const string Areas = "areas";
    public const string Indicators = "indicators";
    public const string IndicatorsYaml = "indicators-yaml";
    public const string Observations = "observations";
    public const string ObservationsWide = "observations-wide";
    public const string Programmes = "programmes";
    public const string Survey = "survey";
    public const string Hxl = "hxl";
    public const string SdmxCsv = "sdmx-csv";
    public const string SdmxJson = "sdmx-json";
    public const string GeoJson = "geojson";
    public const string CodAbGazetteer = "cod-ab-gazetteer";
    public const string Kobo = "kobo";
    public const string OdkCentral = "odk-central";
    public const string Iati = "iati";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    /// <summary>Every format name: hso's own layouts, the exchange standards, then plain CSV and XLSX (which can be
    /// inspected but not imported).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Areas, Indicators, IndicatorsYaml, Observations, ObservationsWide, Programmes, Survey, Hxl, SdmxCsv, SdmxJson, GeoJson, CodAbGazetteer, Kobo, OdkCentral, Iati, Csv, Xlsx];

    /// <summary>Other spellings accepted for a name.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cod-ab"] = GeoJson, ["codab"] = GeoJson, ["cod-ab-geojson"] = GeoJson, ["gazetteer"] = CodAbGazetteer,
        ["odk"] = OdkCentral, ["kobotoolbox"] = Kobo,
    };

    /// <summary>The names <c>hso import</c> can read (those with an importer), in <see cref="All"/> order.</summary>
    public static IReadOnlyList<string> Importable => ImportableNames.Value;

    private static readonly Lazy<IReadOnlyList<string>> ImportableNames = new(() => [.. All.Where(n => DatasetImporters.All.Any(i => i.Format == n))]);

    /// <summary>The canonical name of a user-given name or alias (trimmed, any case); null when unknown.</summary>
    public static string? Normalise(string? name)
    {
        var n = name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(n)) return null;
        return Aliases.TryGetValue(n, out var canonical) ? canonical : All.Contains(n) ? n : null;
    }

    /// <summary>The accepted forms among <paramref name="names"/> as help and error messages list them:
    /// <c>areas, indicators, ... (also cod-ab = geojson, ...)</c>.</summary>
    public static string Describe(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var aliases = Aliases.Where(a => names.Contains(a.Value)).Select(a => $"{a.Key} = {a.Value}");
        return $"{string.Join(", ", names)} (also {string.Join(", ", aliases)})";
    }
}
