using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Web.Overview;
using HumanSecurity.Web.Security;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/indicators?cluster=</c>: the indicator catalogue with each indicator's latest period, level and
/// spread (of the data the caller may read), paged, as JSON or CSV.</summary>
public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", GetIndicatorsAsync).WithName("indicators")
            .WithSummary("Indicators (metadata, latest period, level, number of areas, min, median, max), by cluster then code; ?cluster= keeps one threat cluster.")
            .ProducesList<IndicatorsPage>();
        return api;
    }

    public static async Task<IResult> GetIndicatorsAsync(HttpRequest request, CallerStoreView store, string? cluster, string? limit, string? offset, string? format,
        CancellationToken cancellationToken)
    {
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Tables, out var list) is { } bad) return bad;
        if (ThreatClusters.Parse(cluster, out var wanted) is { } badCluster) return badCluster;
        var overview = await ObservatoryOverview.LoadAsync(store, cancellationToken);
        var rows = overview.Indicators.Where(s => wanted is null || s.Indicator.Cluster == wanted).Select(ToResponse).ToList();
        if (rows.Count == 0 && cluster is not null) return ApiProblems.NoMatch("indicators", ("cluster", cluster));
        return list.Slice(rows, (page, slice) => new IndicatorsPage(page.Count, page.Total, page.Limit, page.Offset, page.Truncated, slice));
    }

    private static IndicatorResponse ToResponse(IndicatorSummary s)
    {
        var i = s.Indicator;
        return new IndicatorResponse(i.Code, i.Name, i.Unit, i.Direction.ToCode(), i.Cluster?.ToCode(), IndicatorVocabulary.ToCodes(i.Types),
            IndicatorVocabulary.ToCodes(i.Impacts), i.Timeframe.ToCode(), i.SdgTarget, i.Source, i.UpdateFrequency,
            s.LatestPeriod, s.Level?.ToCode(), s.AreaCount, s.Min, s.Median, s.Max);
    }
}

/// <summary>A page of indicators (<see cref="PageInfo"/>).</summary>
public sealed record IndicatorsPage(int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<IndicatorResponse> Indicators);
