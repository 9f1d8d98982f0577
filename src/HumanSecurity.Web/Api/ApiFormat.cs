namespace HumanSecurity.Web.Api;

/// <summary>How a list is written (<see cref="ApiFormats"/> picks one per request).</summary>
public enum ApiFormat
{
    /// <summary><c>application/json</c>: the page object.</summary>
    Json,

    /// <summary><c>text/csv</c>: a header row, then one row per item (Sep).</summary>
    Csv,

    /// <summary>HXL-tagged CSV (observations only, through the HXL writer).</summary>
    Hxl,

    /// <summary>SDMX-CSV 2.0 (observations only, through the SDMX writer).</summary>
    SdmxCsv,
}
