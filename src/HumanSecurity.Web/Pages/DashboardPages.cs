using HumanSecurity.Web.Pages.Compare;
using HumanSecurity.Web.Pages.Data;
using HumanSecurity.Web.Pages.Map;
using HumanSecurity.Web.Pages.Profile;
using HumanSecurity.Web.Pages.Shell;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Pages;

/// <summary>The dashboard's pages: Razor components rendered on the server by minimal-API endpoints
/// (<c>RazorComponentResult</c>, no Blazor circuit), each in the <see cref="PageShell"/> with this navigation. A new page
/// is one component, one <c>MapGet</c> line below and (when it belongs in the menu) one <see cref="Navigation"/> entry.</summary>
public static class DashboardPages
{
    public static IReadOnlyList<DashboardPage> Navigation { get; } =
    [
        new("map", "/", "nav.map"),
        new("compare", "/compare", "nav.compare"),
        new("data", "/data", "nav.data"),
    ];

    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", MapPageEndpoint.GetAsync).WithName("map-page").ExcludeFromDescription();
        app.MapGet("/areas/{code}", ProfilePageEndpoint.GetAsync).WithName("profile-page").ExcludeFromDescription();
        app.MapGet("/areas/{code}/report.{format}", ProfilePageEndpoint.GetReportAsync).WithName("report").ExcludeFromDescription();
        app.MapGet("/compare", ComparePageEndpoint.GetAsync).WithName("compare-page").ExcludeFromDescription();
        app.MapGet("/data", DataPageEndpoint.GetAsync).WithName("data-page").ExcludeFromDescription();
        return app;
    }

    /// <summary>The context of a page request: the language (a problem when <c>?lang=</c> is not offered) and the snapshot.</summary>
    public static async Task<(PageContext? Context, ProblemHttpResult? Problem)> ContextAsync(HttpRequest request, string? lang, DashboardData data,
        WebOptions options, string active, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Language.FromRequest(request, lang, out var problem) is not { } language) return (null, ApiProblems.BadRequest(problem!));
        var snapshot = await data.SnapshotAsync(cancellationToken);
        return (PageContext.From(request, DashboardText.Shared.For(language), snapshot, options, active, !string.IsNullOrEmpty(lang)), null);
    }
}
