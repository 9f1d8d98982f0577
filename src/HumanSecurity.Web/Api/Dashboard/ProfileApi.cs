using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Storage;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.ReadModels.Profiles;
using HumanSecurity.Web.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api.Dashboard;

/// <summary><c>/api/areas/{code}/profile</c> (everything the area profile shows) and <c>/api/areas/{code}/subtree</c>
/// (the area and the areas below it).</summary>
public static class ProfileApi
{
    /// <summary>Deepest subtree depth accepted.</summary>
    public const int MaxDepth = 9;

    public static RouteGroupBuilder MapProfileApi(this RouteGroupBuilder api)
    {
        api.MapGet("/areas/{code}/profile", GetProfileAsync).WithName("area-profile")
            .WithSummary("An area's profile: index tree with scores, ranks, classes and contributions (?run= an index run, else the latest that scored it), threat profile, parent and country, trends, poverty, group gaps, programmes; names in ?lang=.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/areas/{code}/subtree", GetSubtreeAsync).WithName("area-subtree")
            .WithSummary("An area and the areas below it, ?depth= levels down (default all), each with its parent; names in ?lang=.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<AreaProfile>, ProblemHttpResult>> GetProfileAsync(HttpRequest request, DashboardData data, AreaProfiles profiles,
        string code, string? run, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(profiles);
        if (Language.FromRequest(request, lang, out var badLang) is not { } language) return ApiProblems.BadRequest(badLang!);
        var snapshot = await data.SnapshotAsync(cancellationToken);
        var (area, record, problem) = Parse(snapshot, code, run);
        if (problem is not null) return problem;
        return TypedResults.Ok(await profiles.BuildAsync(snapshot, area!, record, DashboardText.Shared.For(language), cancellationToken));
    }

    /// <summary>The area (route parameter <c>code</c>) and the index run (<c>run</c>, optional) of a profile request.</summary>
    public static (Area? Area, RunRecord? Run, ProblemHttpResult? Problem) Parse(DashboardSnapshot snapshot, string code, string? run)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Area(code) is not { } area) return (null, null, ApiProblems.NotFound($"unknown area '{code}' (route parameter 'code'); see /api/areas"));
        if (string.IsNullOrEmpty(run)) return (area, null, null);
        if (!long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (null, null, ApiProblems.BadRequest($"query parameter 'run' must be a run id (a whole number), not '{run}'; see /api/runs"));
        if (snapshot.Run(id) is not { } record) return (null, null, ApiProblems.NotFound($"unknown run {id} (query parameter 'run'); see /api/runs"));
        if (record.Kind != "index")
            return (null, null, ApiProblems.BadRequest($"query parameter 'run' must be an index run; run {id} is a {record.Kind} run (its figures appear in the profile's own section)"));
        return (area, record, null);
    }

    public static async Task<Results<Ok<SubtreeResponse>, ProblemHttpResult>> GetSubtreeAsync(HttpRequest request, DashboardData data, string code,
        string? depth, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Language.FromRequest(request, lang, out var badLang) is not { } language) return ApiProblems.BadRequest(badLang!);
        var max = MaxDepth;
        if (!string.IsNullOrEmpty(depth) && (!int.TryParse(depth, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max is < 0 or > MaxDepth))
            return ApiProblems.BadRequest($"query parameter 'depth' must be a whole number from 0 to {MaxDepth}, not '{depth}'");
        var snapshot = await data.SnapshotAsync(cancellationToken);
        if (snapshot.Area(code) is not { } area) return ApiProblems.NotFound($"unknown area '{code}' (route parameter 'code'); see /api/areas");
        var text = DashboardText.Shared.For(language);
        var rows = new List<SubtreeArea>();
        void Visit(Area a, int level)
        {
            rows.Add(new SubtreeArea(a.Code, text.Name(a), a.Kind.ToCode(), a.ParentCode, level));
            if (level == max) return;
            foreach (var child in snapshot.Areas.ChildrenOf(a.Code).OrderBy(c => c.Code, StringComparer.Ordinal)) Visit(child, level + 1);
        }
        Visit(area, 0);
        return TypedResults.Ok(new SubtreeResponse(area.Code, rows.Count, rows));
    }
}

/// <summary>An area of a subtree: <c>depth</c> 0 is the area asked for.</summary>
public sealed record SubtreeArea(string Code, string Name, string Kind, string? Parent, int Depth);

/// <summary>The areas of a subtree, the root first, then depth-first by code.</summary>
public sealed record SubtreeResponse(string Root, int Count, IReadOnlyList<SubtreeArea> Areas);
