using HumanSecurity.Areas;
using HumanSecurity.Web.Security;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/areas?kind=&amp;parent=</c>: the gazetteer, by kind then code, paged, as JSON or CSV.</summary>
public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder api)
    {
        api.MapGet("/areas", GetAreasAsync).WithName("areas")
            .WithSummary("Areas (code, name, kind, parent, latest population), by kind then code; ?kind= keeps one level, ?parent= the children of an area.")
            .ProducesList<AreasPage>();
        return api;
    }

    public static async Task<IResult> GetAreasAsync(HttpRequest request, CallerStoreView store, string? kind, string? parent, string? limit, string? offset,
        string? format, CancellationToken cancellationToken)
    {
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Tables, out var list) is { } bad) return bad;
        AreaKind? level = null;
        if (kind is not null)
        {
            if (!AreaKinds.TryParse(kind, out var k)) return ApiProblems.BadRequest($"query parameter 'kind' must be an area level ({string.Join(", ", AreaKinds.AllCodes)}), not '{kind}'");
            level = k;
        }
        var areas = await store.GetAreasAsync(cancellationToken);
        if (parent is not null && areas.All(a => a.Code != parent)) return ApiProblems.NotFound($"unknown area '{parent}' (query parameter 'parent'); see /api/areas");
        var rows = areas.Where(a => (level is null || a.Kind == level) && (parent is null || a.ParentCode == parent))
            .OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal).Select(ToResponse).ToList();
        if (rows.Count == 0 && (kind ?? parent) is not null) return ApiProblems.NoMatch("areas", ("kind", kind), ("parent", parent));
        return list.Slice(rows, (page, slice) => new AreasPage(page.Count, page.Total, page.Limit, page.Offset, page.Truncated, slice));
    }

    private static AreaResponse ToResponse(Area a)
    {
        var latest = a.Populations.OrderByDescending(p => p.Period).FirstOrDefault();
        return new AreaResponse(a.Code, a.Name, a.Kind.ToCode(), a.ParentCode, latest?.Population, latest?.Period.ToString());
    }
}

/// <summary>A page of areas (<see cref="PageInfo"/>).</summary>
public sealed record AreasPage(int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<AreaResponse> Areas);
