using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Storage;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.ReadModels.Compare;
using HumanSecurity.Web.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api.Dashboard;

/// <summary><c>/api/compare?areas=A,B[,...]</c>: two to ten areas side by side on every node of an index run
/// (<c>run</c>, else the latest) and one node (<c>node</c>) or indicator (<c>indicator</c>) over time.</summary>
public static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compare", GetCompareAsync).WithName("compare")
            .WithSummary("Two to ten areas (?areas=A,B) side by side on every node of an index run (?run=, else the latest) and one node (?node=) or indicator (?indicator=) over time; names in ?lang=.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<AreaComparison>, ProblemHttpResult>> GetCompareAsync(HttpRequest request, DashboardData data,
        AreaComparisons comparisons, string? areas, string? run, string? node, string? indicator, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(comparisons);
        if (Language.FromRequest(request, lang, out var badLang) is not { } language) return ApiProblems.BadRequest(badLang!);
        var snapshot = await data.SnapshotAsync(cancellationToken);
        var (query, problem) = await ParseAsync(data, snapshot, areas, run, node, indicator, required: true, cancellationToken);
        if (problem is not null) return problem;
        return TypedResults.Ok(await comparisons.BuildAsync(snapshot, query!.Areas, query.Run, query.Node, query.Indicator,
            DashboardText.Shared.For(language), cancellationToken));
    }

    /// <summary>Parses the compare parameters; <paramref name="required"/> false lets the page start with no areas.</summary>
    public static async Task<(CompareQuery? Query, ProblemHttpResult? Problem)> ParseAsync(DashboardData data, DashboardSnapshot snapshot, string? areas,
        string? run, string? node, string? indicator, bool required, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(snapshot);
        var codes = (areas ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if ((required || codes.Count > 0) && codes.Count is < AreaComparisons.MinAreas or > AreaComparisons.MaxAreas)
            return (null, ApiProblems.BadRequest($"query parameter 'areas' must list {AreaComparisons.MinAreas} to {AreaComparisons.MaxAreas} area codes separated by commas, not {codes.Count}"));
        if (codes.FirstOrDefault(c => snapshot.Area(c) is null) is { } unknown)
            return (null, ApiProblems.NotFound($"unknown area '{unknown}' (query parameter 'areas'); see /api/areas"));
        RunRecord? record = null;
        if (!string.IsNullOrEmpty(run))
        {
            if (!long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return (null, ApiProblems.BadRequest($"query parameter 'run' must be a run id (a whole number), not '{run}'; see /api/runs"));
            record = snapshot.Run(id);
            if (record is null) return (null, ApiProblems.NotFound($"unknown run {id} (query parameter 'run'); see /api/runs"));
            if (record.Kind != "index") return (null, ApiProblems.BadRequest($"query parameter 'run' must be an index run; run {id} is a {record.Kind} run"));
        }
        if (!string.IsNullOrEmpty(node))
        {
            var scores = (record ?? snapshot.IndexRuns.FirstOrDefault()) is { } r ? await data.ScoresAsync(r, cancellationToken) : null;
            if (scores is null || !scores.HasNode(node))
                return (null, ApiProblems.NotFound($"unknown node '{node}' (query parameter 'node') in {(scores is null ? "the store (no index run)" : $"run {scores.Run.Id}")}"));
        }
        Indicator? ind = null;
        if (!string.IsNullOrEmpty(indicator) && !snapshot.Indicators.TryGetValue(indicator, out ind))
            return (null, ApiProblems.NotFound($"unknown indicator '{indicator}' (query parameter 'indicator'); see /api/indicators"));
        return (new CompareQuery([.. codes.Select(c => snapshot.Area(c)!)], record, string.IsNullOrEmpty(node) ? null : node, ind), null);
    }
}

/// <summary>A parsed compare request.</summary>
public sealed record CompareQuery(IReadOnlyList<Area> Areas, RunRecord? Run, string? Node, Indicator? Indicator);
