using HumanSecurity.Formats.Yaml;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>Optional YAML mapping for SDMX imports: a fixed indicator code or the dimension holding it, and an area code
/// crosswalk (M49 or national codes → the store's codes).</summary>
public sealed class SdmxMapping
{
    /// <summary>Indicator code for every observation (default: the INDICATOR or SERIES dimension, else the dataflow id).</summary>
    public string? Indicator { get; set; }

    /// <summary>Dimension holding the indicator code.</summary>
    public string? IndicatorDimension { get; set; }

    /// <summary>Numeric REF_AREA codes that are UN M49 countries become ISO alpha-3 (<c>4</c> → <c>AFG</c>) unless
    /// listed in <see cref="Areas"/>; default true.</summary>
    public bool M49ToIso3 { get; set; } = true;

    /// <summary>REF_AREA code → area code, e.g. <c>"4": AFG</c> (M49 → ISO-3).</summary>
    public Dictionary<string, string> Areas { get; set; } = [];

    /// <summary>Dimension holding the area (default <c>REF_AREA</c>), e.g. a reporting-country dimension such as
    /// <c>REP_CTY</c> or <c>COUNTERPART_AREA</c>.</summary>
    public string? AreaDimension { get; set; }

    /// <summary>Label, unit and direction of indicators the import creates (see <see cref="Import.IndicatorMapping"/>).</summary>
    public Dictionary<string, Import.IndicatorMapping> Indicators { get; set; } = [];

    public static SdmxMapping Load(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            var mapping = YamlInput.Deserialize<SdmxMapping>(File.ReadAllText(path), file) ?? new SdmxMapping();
            mapping.Areas ??= []; // an empty 'areas:' deserialises to null
            return mapping;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidInputException(file, $"cannot read mapping: {e.Message}");
        }
    }
}
