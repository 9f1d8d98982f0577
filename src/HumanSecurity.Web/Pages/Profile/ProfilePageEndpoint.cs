using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.ReadModels.Profiles;
using HumanSecurity.Web.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Pages.Profile;

/// <summary><c>/areas/{code}</c> (the profile page) and <c>/areas/{code}/report.html|pdf</c> (the report, printed to PDF
/// by headless Chromium on the server).</summary>
public static class ProfilePageEndpoint
{
    public static async Task<IResult> GetAsync(HttpRequest request, DashboardData data, AreaProfiles profiles, WebOptions options, string code,
        string? run, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var (context, problem) = await DashboardPages.ContextAsync(request, lang, data, options, "profile", cancellationToken);
        if (problem is not null) return problem;
        var (area, record, bad) = ProfileApi.Parse(context!.Snapshot, code, run);
        if (bad is not null) return bad;
        var profile = await profiles.BuildAsync(context.Snapshot, area!, record, context.Text, cancellationToken);
        return new RazorComponentResult<ProfilePage>(new { Context = context, Profile = profile });
    }

    public static async Task<IResult> GetReportAsync(HttpRequest request, DashboardData data, AreaReports reports, WebOptions options, string code,
        string format, string? run, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(options);
        if (!ReportFormats.TryParse(format, out var kind))
            return ApiProblems.NotFound($"route parameter 'format' must be {ReportFormats.Accepted}, not '{format}'");
        var (context, problem) = await DashboardPages.ContextAsync(request, lang, data, options, "profile", cancellationToken);
        if (problem is not null) return problem;
        var (area, record, bad) = ProfileApi.Parse(context!.Snapshot, code, run);
        if (bad is not null) return bad;
        var html = await reports.RenderAsync(context.Snapshot, area!, record, context.Text, options.StoreLabel, cancellationToken);
        if (kind == ReportFormat.Html) return TypedResults.Content(html, "text/html; charset=utf-8");
        try
        {
            var pdf = await new PdfPrinter(options.ChromiumPath).PrintAsync(html, cancellationToken);
            return TypedResults.File(pdf, "application/pdf", $"hso-report-{area!.Code}.pdf");
        }
        catch (PdfUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing unavailable");
        }
    }
}
