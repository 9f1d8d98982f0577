using HumanSecurity.Web.Overview;
using HumanSecurity.Web.ReadModels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Pages.Data;

/// <summary><c>/data</c>: what the store holds (counts, datasets, areas by level, indicators with their latest values,
/// runs, programmes).</summary>
public static class DataPageEndpoint
{
    public static async Task<IResult> GetAsync(HttpRequest request, DashboardData data, WebOptions options, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (context, problem) = await DashboardPages.ContextAsync(request, lang, data, options, "data", cancellationToken);
        if (problem is not null) return problem;
        var overview = await ObservatoryOverview.LoadAsync(data.Store, cancellationToken);
        return new RazorComponentResult<DataPage>(new { Context = context, Overview = overview });
    }
}
