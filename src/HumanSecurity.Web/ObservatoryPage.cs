using System.Globalization;
using HumanSecurity.Storage;
using HumanSecurity.Web.Overview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web;

/// <summary>The server-rendered overview page at <c>/</c>: <c>?indicator=CODE</c> maps an indicator,
/// <c>?run=ID&amp;node=CODE</c> maps a node of a saved run (the run's top node when <c>node</c> is absent).</summary>
public static class ObservatoryPage
{
    public static IEndpointRouteBuilder MapObservatoryPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetPageAsync).WithName("overview").ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetPageAsync(IStore store, WebOptions options, string? indicator,
        string? run, string? node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var overview = await ObservatoryOverview.LoadAsync(store, cancellationToken);
        MapChoice? choice;
        if (!string.IsNullOrEmpty(run))
        {
            var (picked, problem) = await PickRunAsync(store, overview, run, node, cancellationToken);
            if (problem is not null) return problem;
            choice = picked;
        }
        else if (!string.IsNullOrEmpty(node))
        {
            return ApiProblems.BadRequest("query parameter 'node' needs 'run' (e.g. /?run=1&node=HSI); see /api/runs");
        }
        else
        {
            var mapped = overview.MapIndicator(indicator);
            if (!string.IsNullOrEmpty(indicator) && mapped is null)
                return ApiProblems.NotFound($"unknown indicator '{indicator}'; see /api/indicators for the codes");
            choice = mapped is null ? null : MapChoice.OfIndicator(mapped, overview);
        }
        return TypedResults.Content(OverviewHtml.Render(overview, options, choice), "text/html; charset=utf-8");
    }

    private static async Task<(MapChoice? Choice, ProblemHttpResult? Problem)> PickRunAsync(IStore store, ObservatoryOverview overview, string run,
        string? node, CancellationToken cancellationToken)
    {
        if (!long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (null, ApiProblems.BadRequest($"query parameter 'run' must be a run id (a whole number), not '{run}'; see /api/runs"));
        var record = overview.Results.Runs.FirstOrDefault(r => r.Id == id);
        if (record is null) return (null, ApiProblems.NotFound($"unknown run {id} (query parameter 'run'); see /api/runs"));
        var scores = await overview.Results.ScoresOfAsync(store, record, cancellationToken);
        var chosen = string.IsNullOrEmpty(node) ? RunNodes.DefaultNode(scores) : node;
        if (chosen is null) return (null, null);
        if (RunNodes.IsReliability(chosen) || !RunNodes.HasNode(scores, chosen))
            return (null, ApiProblems.NotFound($"unknown node '{chosen}' in run {id} (query parameter 'node'); see /api/runs/{id}"));
        return (MapChoice.OfRun(record, chosen, scores), null);
    }
}
