using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.ReadModels.Compare;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Pages.Compare;

/// <summary><c>/compare</c>: the area choice and, with two to ten areas, the comparison. <c>areas</c> may be one
/// comma-separated value or repeated (as the form's multiple select sends it).</summary>
public static class ComparePageEndpoint
{
    public static async Task<IResult> GetAsync(HttpRequest request, DashboardData data, AreaComparisons comparisons, WebOptions options, string[]? areas,
        string? run, string? node, string? indicator, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var (context, problem) = await DashboardPages.ContextAsync(request, lang, data, options, "compare", cancellationToken);
        if (problem is not null) return problem;
        var (query, bad) = await CompareApi.ParseAsync(data, context!.Snapshot, areas is null ? null : string.Join(',', areas), run, node, indicator, required: false, cancellationToken);
        if (bad is not null) return bad;
        AreaComparison? comparison = query!.Areas.Count == 0 ? null
            : await comparisons.BuildAsync(context.Snapshot, query.Areas, query.Run, query.Node, query.Indicator, context.Text, cancellationToken);
        return new RazorComponentResult<ComparePage>(new { Context = context, Query = query, Comparison = comparison });
    }
}
