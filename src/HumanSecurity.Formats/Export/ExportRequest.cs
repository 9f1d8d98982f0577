using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Export;

/// <summary>What <c>hso export</c> writes: a format, an output file and filters.</summary>
public sealed record ExportRequest(string Format, string OutPath)
{
    public IReadOnlyList<string>? Indicators { get; init; }

    public IReadOnlyList<string>? Areas { get; init; }

    public Period? From { get; init; }

    public Period? To { get; init; }

    /// <summary>Only totals (no disaggregated observations).</summary>
    public bool TotalsOnly { get; init; }

    /// <summary>Run whose results are exported: scores added to GeoJSON features (<c>score_&lt;node&gt;</c>), or, for
    /// hxl/sdmx-csv/sdmx-json, the run's scores written as observations (node × unit × period) instead of the data.</summary>
    public long? RunId { get; init; }

    /// <summary>Reporting organisation written on IATI activities.</summary>
    public string ReportingOrg { get; init; } = "XX-HSO";
}
