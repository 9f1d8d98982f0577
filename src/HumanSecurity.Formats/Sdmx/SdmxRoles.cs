namespace HumanSecurity.Formats.Sdmx;

/// <summary>Classifies component ids without a DSD: SDMX cross-domain attributes and measure ids; anything else is a dimension.</summary>
public static class SdmxRoles
{
    private static readonly HashSet<string> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "OBS_STATUS", "OBS_CONF", "OBS_PRE_BREAK", "UNIT_MULT", "UNIT_MEASURE", "DECIMALS", "COMMENT_OBS", "COMMENT_TS", "LOWER_BOUND",
        "UPPER_BOUND", "DATA_SOURCE", "SOURCE_DETAIL", "TIME_FORMAT", "TIME_DETAIL", "TIME_COVERAGE", "UPDATED", "EMBARGO_TIME",
        "AVAILABILITY", "COLLECTION", "TITLE", "TITLE_COMPL", "BASE_PER", "NATURE", "COUNTRY_NOTES", "REF_PERIOD", "GEO_INFO_URL",
        "GEO_INFO_TYPE", "CUST_BREAKDOWN_LB", "DATA_LAST_UPDATE", "PREF_SCALE", "CONTACT_EMAIL", "SOURCE", "OBS_FOOTNOTE", "UNIT",
    };

    public static SdmxRole Classify(string id)
    {
        var u = id.ToUpperInvariant();
        if (u == "TIME_PERIOD") return SdmxRole.TimeDimension;
        if (u.StartsWith("OBS_VALUE", StringComparison.Ordinal) || u.StartsWith("MEAS", StringComparison.Ordinal)) return SdmxRole.Measure;
        if (Attributes.Contains(u) || u.StartsWith("ATTR", StringComparison.Ordinal)) return SdmxRole.Attribute;
        return SdmxRole.Dimension;
    }
}
