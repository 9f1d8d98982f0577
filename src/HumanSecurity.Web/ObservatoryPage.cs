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

    public static async Task<ContentHttpResult> GetPageAsync(IStore store, WebOptions options, CancellationToken cancellationToken)
    {
        var overview = await ObservatoryOverview.LoadAsync(store, cancellationToken);
        return TypedResults.Content(OverviewHtml.Render(overview, options), "text/html; charset=utf-8");
    }
}
