namespace HumanSecurity.Web.Reports;

/// <summary>What a report is written as: self-contained HTML, or that HTML printed to PDF by headless Chromium.</summary>
public enum ReportFormat
{
    Html,
    Pdf,
}
