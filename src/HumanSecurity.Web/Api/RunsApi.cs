using System.Globalization;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/runs</c> (saved runs) and <c>/api/runs/{id}</c> (a run with its scores, filtered by
/// <c>?node=</c> and <c>?level=</c>, a page of at most <c>?limit=</c> rows after <c>?offset=</c>).</summary>
public static class RunsApi
{
    public static RouteGroupBuilder MapRunsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/runs", GetRunsAsync).WithName("runs").WithSummary("Saved runs (index, poverty), oldest first.");
        api.MapGet("/runs/{id}", GetRunAsync).WithName("run")
            .WithSummary("A run with its scores; ?node=CODE keeps one node, ?level= keeps a model tree level (0 = reliability rows, 1 = indicators) or an area level (country, admin1, ...); ?limit= and ?offset= page the rows.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Ok<List<RunResponse>>> GetRunsAsync(IStore store, CancellationToken cancellationToken)
    {
        var runs = await store.GetRunsAsync(cancellationToken);
        return TypedResults.Ok(runs.OrderBy(r => r.Id).Select(ToResponse).ToList());
    }

    public static async Task<Results<Ok<RunScoresResponse>, ProblemHttpResult>> GetRunAsync(IStore store, string id, string? node, string? level,
        string? limit, string? offset, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
            return ApiProblems.BadRequest($"route parameter 'id' must be a run id (a whole number), not '{id}'; see /api/runs");
        if (ApiPaging.Limit(limit, out var take) is { } badLimit) return badLimit;
        if (ApiPaging.Offset(offset, out var skip) is { } badOffset) return badOffset;
        var run = await store.GetRunAsync(runId, cancellationToken);
        if (run is null) return ApiProblems.NotFound($"unknown run {runId} (route parameter 'id'); see /api/runs");
        IEnumerable<ScoreRow> scores = await store.GetScoresAsync(runId, cancellationToken);
        if (!string.IsNullOrEmpty(node))
        {
            var list = scores.Where(s => s.Node == node).ToList();
            if (list.Count == 0) return ApiProblems.NotFound($"unknown node '{node}' in run {runId} (query parameter 'node')");
            scores = list;
        }
        if (!string.IsNullOrEmpty(level))
        {
            var filter = await LevelFilterAsync(store, level, cancellationToken);
            if (filter is null)
                return ApiProblems.BadRequest($"query parameter 'level' must be a model tree level (0, 1, 2, ...) or an area level ({string.Join(", ", AreaKinds.AllCodes)}), not '{level}'");
            scores = scores.Where(filter);
        }
        var matched = scores.ToList();
        var rows = matched.Skip(skip).Take(take).Select(s => new ScoreResponse(s.Unit, s.Node, s.Level, s.Period, Finite(s.Score), s.Rank, s.Class)).ToList();
        return TypedResults.Ok(new RunScoresResponse(ToResponse(run), rows.Count, matched.Count, take, skip, skip + rows.Count < matched.Count, rows)
        {
            Manifest = Json(run.ManifestJson),
        });
    }

    private static async Task<Func<ScoreRow, bool>?> LevelFilterAsync(IStore store, string level, CancellationToken cancellationToken)
    {
        if (int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var treeLevel)) return s => s.Level == treeLevel;
        if (!AreaKinds.TryParse(level, out var kind)) return null;
        var codes = (await store.GetAreasAsync(cancellationToken)).Where(a => a.Kind == kind).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        return s => codes.Contains(s.Unit);
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

/// <summary>One score: <c>score</c> is null when missing; <c>rank</c> 0 when unranked.</summary>
public sealed record ScoreResponse(string Unit, string Node, int Level, string? Period, double? Score, int Rank, string? Class);

/// <summary>A page of a run's score rows: <c>count</c> rows from <c>offset</c>, of <c>total</c> that matched;
/// <c>truncated</c> is true when more rows follow. <c>manifest</c> is the run manifest (docs/runs.md), null for runs
/// saved before manifests existed.</summary>
public sealed record RunScoresResponse(RunResponse Run, int Count, int Total, int Limit, int Offset, bool Truncated, IReadOnlyList<ScoreResponse> Scores)
{
    public JsonElement? Manifest { get; init; }
}
