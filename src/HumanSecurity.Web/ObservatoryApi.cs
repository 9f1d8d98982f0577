using HumanSecurity.Areas;
using HumanSecurity.Web.Api;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.Platform;
using HumanSecurity.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web;

/// <summary>The JSON endpoints: <c>/health</c> and the <c>/api</c> group (areas, indicators, datasets, programmes, runs,
/// observations). Every endpoint rejects unknown query parameters and answers conditional, cached reads; see docs/api.md.</summary>
public static class ObservatoryApi
{
    public static IEndpointRouteBuilder MapObservatoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync).WithName("health").WithSummary("Liveness and counts of what the store holds.")
            .AllowAnonymous().RejectUnknownQuery().WithReadCache();
        var api = app.MapGroup("/api").RejectUnknownQuery().WithReadCache();
        api.MapAreasApi();
        api.MapIndicatorsApi();
        api.MapDatasetsApi();
        api.MapProgrammesApi();
        api.MapRunsApi();
        api.MapObservationsApi();
        api.MapDashboardApi();
        return app;
    }

    public static async Task<Ok<HealthResponse>> GetHealthAsync(CallerStoreView store, CancellationToken cancellationToken)
    {
        var s = await store.GetSummaryAsync(cancellationToken);
        var byKind = s.AreasByKind.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToCode(), kv => kv.Value);
        var counts = new HealthCounts(s.Datasets, s.Areas, byKind, s.Indicators, s.Observations, s.SurveyHouseholds, s.SurveyPersons, s.Programmes, s.Runs);
        return TypedResults.Ok(new HealthResponse("ok", s.SchemaVersion, counts));
    }
}

public sealed record HealthCounts(long Datasets, long Areas, IReadOnlyDictionary<string, long> AreasByKind, long Indicators, long Observations,
    long SurveyHouseholds, long SurveyPersons, long Programmes, long Runs);

public sealed record HealthResponse(string Status, int SchemaVersion, HealthCounts Counts);

public sealed record AreaResponse(string Code, string Name, string Kind, string? Parent, double? Population, string? PopulationPeriod);

public sealed record IndicatorResponse(string Code, string Name, string Unit, string Direction, string? Cluster, string Types, string Impacts,
    string Timeframe, string? Sdg, string? Source, string? Frequency, string? LatestPeriod, string? Level, int Areas, double? Min, double? Median, double? Max);

/// <summary>A dataset; <c>restricted</c> datasets (marked so, or survey microdata) are listed only to callers with a role.</summary>
public sealed record DatasetResponse(long Id, string Kind, string Name, string File, string Sha256, DateTimeOffset ImportedAt, long Rows, bool Restricted);
