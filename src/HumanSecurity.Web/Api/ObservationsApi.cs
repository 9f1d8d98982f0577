using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using HumanSecurity.Web.Security;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/observations?indicator=&amp;area=&amp;from=&amp;to=&amp;totals=</c>: stored observations ordered by
/// indicator, area and period, paged inside the store, as JSON, CSV, HXL or SDMX-CSV.</summary>
public static class ObservationsApi
{
    public static RouteGroupBuilder MapObservationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/observations", GetObservationsAsync).WithName("observations")
            .WithSummary("Observations filtered by indicator and area codes (comma-separated) and period range; totals only unless totals=false; paged; json, csv, hxl or sdmx-csv.")
            .ProducesList<ObservationsResponse>(sdmx: true);
        return api;
    }

    public static async Task<IResult> GetObservationsAsync(HttpRequest request, CallerStoreView store, string? indicator, string? area, string? from, string? to,
        string? limit, string? totals, string? offset, string? format, CancellationToken cancellationToken)
    {
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Observations, out var list) is { } bad) return bad;
        var (query, problem) = await ParseAsync(store, indicator, area, from, to, totals, cancellationToken);
        if (problem is not null) return problem;
        var total = await store.CountObservationsAsync(query!, cancellationToken);
        var rows = new List<ObservationResponse>();
        await foreach (var chunk in store.GetObservationsAsync(query! with { Offset = list.Page.Offset, Limit = list.Page.Limit }, cancellationToken))
        {
            for (var i = 0; i < chunk.Count && rows.Count < list.Page.Limit; i++) rows.Add(Row(chunk, i));
        }
        if (total == 0 && (indicator ?? area ?? from ?? to) is not null)
            return ApiProblems.NoMatch("observations", ("indicator", indicator), ("area", area), ("from", from), ("to", to));
        var info = list.Page.Of(rows.Count, total);
        var body = new ObservationsResponse(info.Count, info.Total, info.Limit, info.Offset, info.Truncated, rows);
        return new ApiList<ObservationResponse>(body, rows, info, list.Format) { OtherFormats = WriteOther };
    }

    private static async Task<(ObservationQuery? Query, ProblemHttpResult? Problem)> ParseAsync(IStore store, string? indicator, string? area,
        string? from, string? to, string? totals, CancellationToken cancellationToken)
    {
        var totalsOnly = true;
        if (totals is not null && !bool.TryParse(totals, out totalsOnly))
            return (null, ApiProblems.BadRequest($"query parameter 'totals' must be true or false, not '{totals}'"));
        if (!TryPeriod(from, "from", out var start, out var problem) || !TryPeriod(to, "to", out var end, out problem)) return (null, problem);
        if (start is { } s && end is { } e && s.Start > e.End)
            return (null, ApiProblems.BadRequest($"query parameter 'from' ({s}) is after 'to' ({e})"));
        if (QueryCodes.Parse("indicator", indicator, out var indicators) is { } badIndicators) return (null, badIndicators);
        if (QueryCodes.Parse("area", area, out var areas) is { } badAreas) return (null, badAreas);
        var known = (await store.GetIndicatorsAsync(cancellationToken)).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (QueryCodes.Unknown("indicator", "indicator", indicators, known, "/api/indicators") is { } badIndicator) return (null, badIndicator);
        if (areas is not null)
        {
            var knownAreas = (await store.GetAreasAsync(cancellationToken)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            if (QueryCodes.Unknown("area", "area", areas, knownAreas, "/api/areas") is { } badArea) return (null, badArea);
        }
        return (new ObservationQuery { Indicators = indicators, Areas = areas, From = start, To = end, TotalsOnly = totalsOnly }, null);
    }

    private static bool TryPeriod(string? text, string name, out Period? period, out ProblemHttpResult? problem)
    {
        period = null;
        problem = null;
        if (text is null) return true;
        if (Period.TryParse(text, out var p))
        {
            period = p;
            return true;
        }
        problem = ApiProblems.BadRequest($"query parameter '{name}' is not a period: '{text}'; expected {Period.ExpectedForms}");
        return false;
    }

    /// <summary>HXL and SDMX-CSV through the format writers of <c>HumanSecurity.Formats</c> (what <c>hso export</c> writes).</summary>
    private static void WriteOther(TextWriter writer, ApiFormat format, IReadOnlyList<ObservationResponse> rows)
    {
        var observations = rows.Select(ToObservation).ToList();
        if (format == ApiFormat.SdmxCsv)
        {
            SdmxWriter.WriteCsv(writer, observations);
            return;
        }
        var chunk = new ObservationChunk(Math.Max(1, observations.Count));
        foreach (var o in observations) chunk.Add(o);
        HxlWriter.Write(writer, [chunk]);
    }

    private static Observation ToObservation(ObservationResponse r) =>
        new(r.Indicator, r.Area, Period.Parse(r.Period), new Disaggregation(r.Sex, r.Age, r.Group, r.Disability, r.Urbanisation), r.Value ?? double.NaN)
        { Status = r.Status, Source = r.Source };

    private static ObservationResponse Row(ObservationChunk c, int i) => new(c.Indicator[i], c.Area[i], c.Period[i].ToString(), c.Sex[i], c.Age[i],
        c.Group[i], c.Disability[i], c.Urbanisation[i], RunsApi.Finite(c.Value[i]), c.Status[i], c.Source[i]);
}

/// <summary>One observation; <c>value</c> is null when missing.</summary>
public sealed record ObservationResponse(string Indicator, string Area, string Period, string Sex, string Age, string Group, string Disability,
    string Urbanisation, double? Value, string? Status, string? Source);

/// <summary>A page of observations (<see cref="PageInfo"/>).</summary>
public sealed record ObservationsResponse(int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<ObservationResponse> Observations);
