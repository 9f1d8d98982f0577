using HumanSecurity.Storage;
using HumanSecurity.Web.Overview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web;

/// <summary>The server-rendered overview page at <c>/</c>.</summary>
public static class ObservatoryPage
{
    public static IEndpointRouteBuilder MapObservatoryPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetPageAsync).WithName("overview");
        return app;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetPageAsync(IStore store, WebOptions options, string? indicator,
        CancellationToken cancellationToken)
    {
        var overview = await ObservatoryOverview.LoadAsync(store, cancellationToken);
        var mapped = overview.MapIndicator(indicator);
        if (!string.IsNullOrEmpty(indicator) && mapped is null)
            return TypedResults.Problem($"unknown indicator '{indicator}'; see /api/indicators for the codes", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Content(OverviewHtml.Render(overview, options, mapped), "text/html; charset=utf-8");
    }
}
