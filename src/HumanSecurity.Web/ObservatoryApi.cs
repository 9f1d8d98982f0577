using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Storage;
using HumanSecurity.Web.Api;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.Overview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web;

/// <summary>The JSON endpoints: <c>/health</c>, <c>/api/areas</c>, <c>/api/indicators</c>, <c>/api/datasets</c>, <c>/api/runs</c>, <c>/api/runs/{id}</c>, <c>/api/observations</c>.</summary>
public static class ObservatoryApi
{
    public static IEndpointRouteBuilder MapObservatoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync).WithName("health");
        var api = app.MapGroup("/api");
        api.MapGet("/areas", GetAreasAsync).WithName("areas");
        api.MapGet("/indicators", GetIndicatorsAsync).WithName("indicators");
        api.MapGet("/datasets", GetDatasetsAsync).WithName("datasets");
        api.MapRunsApi();
        api.MapObservationsApi();
        api.MapDashboardApi();
        return app;
    }

    public static async Task<Ok<HealthResponse>> GetHealthAsync(IStore store, CancellationToken cancellationToken)
    {
        var s = await store.GetSummaryAsync(cancellationToken);
        var byKind = s.AreasByKind.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToCode(), kv => kv.Value);
        var counts = new HealthCounts(s.Datasets, s.Areas, byKind, s.Indicators, s.Observations, s.SurveyHouseholds, s.SurveyPersons, s.Programmes, s.Runs);
        return TypedResults.Ok(new HealthResponse("ok", s.SchemaVersion, counts));
    }

    public static async Task<Ok<List<AreaResponse>>> GetAreasAsync(IStore store, CancellationToken cancellationToken)
    {
        var areas = await store.GetAreasAsync(cancellationToken);
        return TypedResults.Ok(areas.OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal).Select(a =>
        {
            var latest = a.Populations.OrderByDescending(p => p.Period).FirstOrDefault();
            return new AreaResponse(a.Code, a.Name, a.Kind.ToCode(), a.ParentCode, latest?.Population, latest?.Period.ToString());
        }).ToList());
    }

    public static async Task<Ok<List<IndicatorResponse>>> GetIndicatorsAsync(IStore store, CancellationToken cancellationToken)
    {
        var overview = await ObservatoryOverview.LoadAsync(store, cancellationToken);
        return TypedResults.Ok(overview.Indicators.Select(s =>
        {
            var i = s.Indicator;
            return new IndicatorResponse(i.Code, i.Name, i.Unit, i.Direction.ToCode(), i.Cluster?.ToCode(), IndicatorVocabulary.ToCodes(i.Types),
                IndicatorVocabulary.ToCodes(i.Impacts), i.Timeframe.ToCode(), i.SdgTarget, i.Source, i.UpdateFrequency,
                s.LatestPeriod, s.Level?.ToCode(), s.AreaCount, s.Min, s.Median, s.Max);
        }).ToList());
    }

    public static async Task<Ok<List<DatasetResponse>>> GetDatasetsAsync(IStore store, CancellationToken cancellationToken)
    {
        var datasets = await store.GetDatasetsAsync(cancellationToken);
        return TypedResults.Ok(datasets.OrderBy(d => d.Id).Select(d =>
            new DatasetResponse(d.Id, d.Kind.ToString().ToLowerInvariant(), d.Name ?? d.SourceFile, d.SourceFile, d.Sha256, d.ImportedAt, d.RowCount)).ToList());
    }
}

public sealed record HealthCounts(long Datasets, long Areas, IReadOnlyDictionary<string, long> AreasByKind, long Indicators, long Observations,
    long SurveyHouseholds, long SurveyPersons, long Programmes, long Runs);

public sealed record HealthResponse(string Status, int SchemaVersion, HealthCounts Counts);

public sealed record AreaResponse(string Code, string Name, string Kind, string? Parent, double? Population, string? PopulationPeriod);

public sealed record IndicatorResponse(string Code, string Name, string Unit, string Direction, string? Cluster, string Types, string Impacts,
    string Timeframe, string? Sdg, string? Source, string? Frequency, string? LatestPeriod, string? Level, int Areas, double? Min, double? Median, double? Max);

public sealed record DatasetResponse(long Id, string Kind, string Name, string File, string Sha256, DateTimeOffset ImportedAt, long Rows);
