using System.Globalization;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using HumanSecurity.Web.Security;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/runs?kind=</c> (saved runs) and <c>/api/runs/{id}</c> (a run with a page of its scores, filtered by
/// <c>node</c>, <c>level</c>, <c>area</c> and <c>period</c>); the filtering and paging happen inside the store.</summary>
public static class RunsApi
{
    public static RouteGroupBuilder MapRunsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/runs", GetRunsAsync).WithName("runs").WithSummary("Saved runs (index, poverty), oldest first; ?kind= keeps one kind.")
            .ProducesList<RunsPage>();
        api.MapGet("/runs/{id}", GetRunAsync).WithName("run")
            .WithSummary("A run with a page of its scores; ?node= and ?area= keep nodes and areas (comma-separated), ?level= a model tree level (0 = reliability rows, 1 = indicators) or an area level (country, admin1, ...), ?period= periods; ?limit= and ?offset= page the rows.")
            .ProducesList<RunScoresResponse>();
        return api;
    }

    public static async Task<IResult> GetRunsAsync(HttpRequest request, CallerStoreView store, string? kind, string? limit, string? offset, string? format,
        CancellationToken cancellationToken)
    {
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Tables, out var list) is { } bad) return bad;
        if (kind is { Length: 0 }) return ApiProblems.BadRequest("query parameter 'kind' is empty; give a run kind such as index or poverty");
        var rows = (await store.GetRunsAsync(cancellationToken)).Where(r => kind is null || r.Kind == kind).OrderBy(r => r.Id).Select(ToResponse).ToList();
        if (rows.Count == 0 && kind is not null) return ApiProblems.NoMatch("runs", ("kind", kind));
        return list.Slice(rows, (page, slice) => new RunsPage(page.Count, page.Total, page.Limit, page.Offset, page.Truncated, slice));
    }

    public static async Task<IResult> GetRunAsync(HttpRequest request, CallerStoreView store, string id, string? node, string? level, string? area, string? period,
        string? limit, string? offset, string? format, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
            return ApiProblems.BadRequest($"route parameter 'id' must be a run id (a whole number), not '{id}'; see /api/runs");
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Tables, out var list) is { } bad) return bad;
        if (QueryCodes.Parse("node", node, out var nodes) is { } badNodes) return badNodes;
        if (QueryCodes.Parse("area", area, out var units) is { } badUnits) return badUnits;
        if (QueryCodes.Parse("period", period, out var periods) is { } badPeriods) return badPeriods;
        var (query, badLevel) = WithLevel(new ScoreQuery { Nodes = nodes, Units = units, Periods = periods }, level);
        if (badLevel is not null) return badLevel;
        var run = await store.GetRunAsync(runId, cancellationToken);
        if (run is null) return ApiProblems.NotFound($"unknown run {runId} (route parameter 'id'); see /api/runs");
        if (units is not null && QueryCodes.Unknown("area", "area", units, (await store.GetAreasAsync(cancellationToken)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal), "/api/areas") is { } badArea)
            return badArea;
        if (await UnmatchedAsync(store, runId, nodes, periods, cancellationToken) is { } unmatched) return unmatched;
        var page = await store.GetScoresAsync(runId, query with { Offset = list.Page.Offset, Limit = list.Page.Limit }, cancellationToken);
        if (page.Total == 0 && ((nodes ?? units ?? periods) is not null || level is not null))
            return ApiProblems.NoMatch($"score rows of run {runId}", ("node", node), ("level", level), ("area", area), ("period", period));
        var rows = PublishedScores.Of(run, page.Rows).Select(s => new ScoreResponse(s.Unit, s.Node, s.Level, s.Period, Finite(s.Score), s.Rank, s.Class)).ToList();
        var info = list.Page.Of(rows.Count, page.Total);
        var body = new RunScoresResponse(ToResponse(run), info.Count, info.Total, info.Limit, info.Offset, info.Truncated, rows) { Manifest = Json(run.ManifestJson) };
        return new ApiList<ScoreResponse>(body, rows, info, list.Format);
    }

    private static (ScoreQuery Query, ProblemHttpResult? Problem) WithLevel(ScoreQuery query, string? level)
    {
        if (level is null) return (query, null);
        if (int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var treeLevel)) return (query with { TreeLevel = treeLevel }, null);
        if (AreaKinds.TryParse(level, out var kind)) return (query with { AreaKind = kind }, null);
        return (query, ApiProblems.BadRequest(
            $"query parameter 'level' must be a model tree level (0, 1, 2, ...) or an area level ({string.Join(", ", AreaKinds.AllCodes)}), not '{level}'"));
    }

    /// <summary>A 404 naming the first listed node or period the run has no row of at all, or null when each has rows.</summary>
    private static async Task<ProblemHttpResult?> UnmatchedAsync(IStore store, long runId, List<string>? nodes, List<string>? periods, CancellationToken ct)
    {
        foreach (var n in nodes ?? [])
        {
            if ((await store.GetScoresAsync(runId, new ScoreQuery { Nodes = [n], Limit = 1 }, ct)).Total == 0)
                return ApiProblems.NotFound($"unknown node '{n}' in run {runId} (query parameter 'node')");
        }
        foreach (var p in periods ?? [])
        {
            if ((await store.GetScoresAsync(runId, new ScoreQuery { Periods = [p], Limit = 1 }, ct)).Total == 0)
                return ApiProblems.NotFound($"run {runId} has no scores for period '{p}' (query parameter 'period')");
        }
        return null;
    }

    internal static double? Finite(double v) => double.IsFinite(v) ? v : null;

    private static RunResponse ToResponse(RunRecord r) =>
        new(r.Id, r.Kind, r.Model, r.ModelHash, r.DataVersion, r.CreatedAt, Json(r.ParametersJson));

    private static JsonElement? Json(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A saved run; <c>parameters</c> is the run's parameter object (level, period, ...) when it has one.</summary>
public sealed record RunResponse(long Id, string Kind, string Model, string ModelHash, long DataVersion, DateTimeOffset CreatedAt, JsonElement? Parameters);

/// <summary>One score: <c>score</c> is null when missing or suppressed; <c>rank</c> 0 when unranked.</summary>
public sealed record ScoreResponse(string Unit, string Node, int Level, string? Period, double? Score, int Rank, string? Class);

/// <summary>A page of a run's score rows: <c>count</c> rows from <c>offset</c>, of <c>total</c> that matched;
/// <c>truncated</c> is true when more rows follow. <c>manifest</c> is the run manifest (docs/runs.md), null for runs
/// saved before manifests existed (not in CSV, which holds the score rows).</summary>
public sealed record RunScoresResponse(RunResponse Run, int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<ScoreResponse> Scores)
{
    public JsonElement? Manifest { get; init; }
}

/// <summary>A page of runs (<see cref="PageInfo"/>).</summary>
public sealed record RunsPage(int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<RunResponse> Runs);
