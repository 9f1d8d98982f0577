namespace HumanSecurity.Web.Reports;

/// <summary>The accepted forms of a report format (<c>html</c>, <c>pdf</c>), used by the CLI option, the web route and
/// their errors alike.</summary>
public static class ReportFormats
{
    public const string Accepted = "html or pdf";

    public static IReadOnlyList<string> Codes { get; } = ["html", "pdf"];

    public static bool TryParse(string? text, out ReportFormat format)
    {
        format = ReportFormat.Html;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "html": return true;
            case "pdf": format = ReportFormat.Pdf; return true;
            default: return false;
        }
    }
}
