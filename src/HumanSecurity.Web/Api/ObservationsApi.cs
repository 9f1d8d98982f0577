using HumanSecurity.Observations;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/observations?indicator=&amp;area=&amp;from=&amp;to=&amp;limit=&amp;totals=</c>: stored observations,
/// ordered by indicator, area and period, at most <c>limit</c> rows (<see cref="ApiPaging"/>).</summary>
public static class ObservationsApi
{
    public static RouteGroupBuilder MapObservationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/observations", GetObservationsAsync).WithName("observations")
            .WithSummary("Observations filtered by indicator and area codes (comma-separated), period range and limit; totals only unless totals=false.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<ObservationsResponse>, ProblemHttpResult>> GetObservationsAsync(IStore store, string? indicator, string? area,
        string? from, string? to, string? limit, string? totals, CancellationToken cancellationToken)
    {
        var (query, max, problem) = await ParseAsync(store, indicator, area, from, to, limit, totals, cancellationToken);
        if (problem is not null) return problem;
        var rows = new List<ObservationResponse>();
        var truncated = false;
        await foreach (var chunk in store.GetObservationsAsync(query!, cancellationToken))
        {
            for (var i = 0; i < chunk.Count && !truncated; i++)
            {
                if (rows.Count == max) truncated = true;
                else rows.Add(Row(chunk, i));
            }
            if (truncated) break;
        }
        return TypedResults.Ok(new ObservationsResponse(rows.Count, max, truncated, rows));
    }

    private static async Task<(ObservationQuery? Query, int Limit, ProblemHttpResult? Problem)> ParseAsync(IStore store, string? indicator, string? area,
        string? from, string? to, string? limit, string? totals, CancellationToken cancellationToken)
    {
        if (ApiPaging.Limit(limit, out var max) is { } badLimit) return (null, 0, badLimit);
        var totalsOnly = true;
        if (!string.IsNullOrEmpty(totals) && !bool.TryParse(totals, out totalsOnly))
            return (null, 0, ApiProblems.BadRequest($"query parameter 'totals' must be true or false, not '{totals}'"));
        if (!TryPeriod(from, "from", out var start, out var problem) || !TryPeriod(to, "to", out var end, out problem)) return (null, 0, problem);
        if (start is { } s && end is { } e && s.Start > e.End)
            return (null, 0, ApiProblems.BadRequest($"query parameter 'from' ({s}) is after 'to' ({e})"));
        var indicators = Codes(indicator);
        var known = (await store.GetIndicatorsAsync(cancellationToken)).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (indicators?.FirstOrDefault(c => !known.Contains(c)) is { } badIndicator)
            return (null, 0, ApiProblems.NotFound($"unknown indicator '{badIndicator}' (query parameter 'indicator'); see /api/indicators"));
        var areas = Codes(area);
        var knownAreas = (await store.GetAreasAsync(cancellationToken)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        if (areas?.FirstOrDefault(c => !knownAreas.Contains(c)) is { } badArea)
            return (null, 0, ApiProblems.NotFound($"unknown area '{badArea}' (query parameter 'area'); see /api/areas"));
        return (new ObservationQuery { Indicators = indicators, Areas = areas, From = start, To = end, TotalsOnly = totalsOnly }, max, null);
    }

    private static bool TryPeriod(string? text, string name, out Period? period, out ProblemHttpResult? problem)
    {
        period = null;
        problem = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (Period.TryParse(text, out var p))
        {
            period = p;
            return true;
        }
        problem = ApiProblems.BadRequest($"query parameter '{name}' is not a period: '{text}'; expected {Period.ExpectedForms}");
        return false;
    }

    private static List<string>? Codes(string? text) => string.IsNullOrEmpty(text)
        ? null
        : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    private static ObservationResponse Row(ObservationChunk c, int i) => new(c.Indicator[i], c.Area[i], c.Period[i].ToString(), c.Sex[i], c.Age[i],
        c.Group[i], c.Disability[i], c.Urbanisation[i], RunsApi.Finite(c.Value[i]), c.Status[i], c.Source[i]);
}

/// <summary>One observation; <c>value</c> is null when missing.</summary>
public sealed record ObservationResponse(string Indicator, string Area, string Period, string Sex, string Age, string Group, string Disability,
    string Urbanisation, double? Value, string? Status, string? Source);

/// <summary>The observations found; <c>truncated</c> is true when more rows matched than <c>limit</c>.</summary>
public sealed record ObservationsResponse(int Count, int Limit, bool Truncated, IReadOnlyList<ObservationResponse> Observations);
