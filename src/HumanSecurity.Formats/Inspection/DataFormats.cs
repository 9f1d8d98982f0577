namespace HumanSecurity.Formats.Inspection;

/// <summary>The format names <c>hso inspect</c> and <c>hso import --format</c> use.</summary>
public static class DataFormats
{
    public const string Csv = "csv";
    public const string Hxl = "hxl";
    public const string SdmxCsv = "sdmx-csv";
    public const string SdmxJson = "sdmx-json";
    public const string GeoJson = "geojson";
    public const string CodAbGazetteer = "cod-ab-gazetteer";
    public const string Kobo = "kobo";
    public const string OdkCentral = "odk-central";
    public const string Iati = "iati";
    public const string Xlsx = "xlsx";

    public static IReadOnlyList<string> All { get; } = [Csv, Hxl, SdmxCsv, SdmxJson, GeoJson, CodAbGazetteer, Kobo, OdkCentral, Iati, Xlsx];

    /// <summary>Normalises a user-given name (<c>cod-ab</c> and <c>codab</c> mean GeoJSON boundaries); null when unknown.</summary>
    public static string? Normalise(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "cod-ab" or "codab" or "cod-ab-geojson" => GeoJson,
        "gazetteer" => CodAbGazetteer,
        "odk" => OdkCentral,
        "kobotoolbox" => Kobo,
        var n when All.Contains(n) => n,
        _ => null,
    };
}
