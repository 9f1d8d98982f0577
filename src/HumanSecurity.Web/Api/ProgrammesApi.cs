using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using HumanSecurity.Web.Security;

namespace HumanSecurity.Web.Api;

/// <summary><c>/api/programmes?area=&amp;cluster=</c>: programmes by id, paged, as JSON or CSV. <c>area</c> keeps the
/// programmes that reach the area: those listing it, an area it lies in (a country programme reaches its districts),
/// or an area inside it (a district programme is in its province).</summary>
public static class ProgrammesApi
{
    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programmes", GetProgrammesAsync).WithName("programmes")
            .WithSummary("Programmes (areas, clusters, SDGs, budget, leverage, prevention), by id; ?area= keeps those reaching an area, ?cluster= those addressing a threat cluster.")
            .ProducesList<ProgrammesPage>();
        return api;
    }

    public static async Task<IResult> GetProgrammesAsync(HttpRequest request, CallerStoreView store, string? area, string? cluster, string? limit, string? offset,
        string? format, CancellationToken cancellationToken)
    {
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Tables, out var list) is { } bad) return bad;
        if (ThreatClusters.Parse(cluster, out var wanted) is { } badCluster) return badCluster;
        HashSet<string>? reach = null;
        if (area is not null)
        {
            var hierarchy = AreaHierarchy.Build(await store.GetAreasAsync(cancellationToken), out _);
            if (!hierarchy.Contains(area)) return ApiProblems.NotFound($"unknown area '{area}' (query parameter 'area'); see /api/areas");
            reach = Reach(hierarchy, area);
        }
        var rows = (await store.GetProgrammesAsync(cancellationToken))
            .Where(p => (reach is null || p.Areas.Any(reach.Contains)) && (wanted is null || p.Clusters.Contains(wanted.Value)))
            .OrderBy(p => p.Id, StringComparer.Ordinal).Select(ToResponse).ToList();
        if (rows.Count == 0 && (area ?? cluster) is not null) return ApiProblems.NoMatch("programmes", ("area", area), ("cluster", cluster));
        return list.Slice(rows, (page, slice) => new ProgrammesPage(page.Count, page.Total, page.Limit, page.Offset, page.Truncated, slice));
    }

    /// <summary>The area, its ancestors and its descendants.</summary>
    private static HashSet<string> Reach(AreaHierarchy hierarchy, string code)
    {
        var reach = new HashSet<string>(StringComparer.Ordinal) { code };
        reach.UnionWith(hierarchy.AncestorsOf(code).Select(a => a.Code));
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            foreach (var child in hierarchy.ChildrenOf(next))
                if (reach.Add(child.Code)) pending.Push(child.Code);
        }
        return reach;
    }

    private static ProgrammeResponse ToResponse(Programme p) => new(p.Id, p.Title, p.Status, p.Start, p.End, p.Areas,
        p.Clusters.Select(c => c.ToCode()).ToList(), p.Sdgs, p.Budget, p.Currency, p.Leveraged, p.Funder, p.Prevention, p.TargetPeople);
}

/// <summary>A programme: where it works (area codes), what it addresses (threat clusters, SDG targets), its money
/// (<c>budget</c>, <c>leveraged</c> from other sources, in <c>currency</c>) and whether it is prevention-oriented.</summary>
public sealed record ProgrammeResponse(string Id, string Title, string? Status, DateOnly? Start, DateOnly? End, IReadOnlyList<string> Areas,
    IReadOnlyList<string> Clusters, IReadOnlyList<string> Sdgs, double? Budget, string? Currency, double? Leveraged, string? Funder, bool Prevention,
    double? TargetPeople);

/// <summary>A page of programmes (<see cref="PageInfo"/>).</summary>
public sealed record ProgrammesPage(int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<ProgrammeResponse> Programmes);
