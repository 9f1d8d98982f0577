using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary>The parameters every list endpoint takes: <c>limit</c>, <c>offset</c> (<see cref="ApiPaging"/>) and
/// <c>format</c> with the <c>Accept</c> header (<see cref="ApiFormats"/>).</summary>
public sealed record ListQuery(PageRequest Page, ApiFormat Format)
{
    /// <summary>Parses the three; a problem naming the first bad one.</summary>
    public static ProblemHttpResult? Parse(HttpRequest request, string? limit, string? offset, string? format, IReadOnlyList<ApiFormat> offered,
        out ListQuery query)
    {
        query = new ListQuery(new PageRequest(ApiPaging.DefaultLimit, 0), ApiFormat.Json);
        if (ApiPaging.Parse(limit, offset, out var page) is { } badPage) return badPage;
        if (ApiFormats.Negotiate(request, format, offered, out var chosen) is { } badFormat) return badFormat;
        query = new ListQuery(page, chosen);
        return null;
    }

    /// <summary>The page of an in-memory list as a result: <paramref name="body"/> builds the JSON page object.</summary>
    public ApiList<TRow> Slice<TRow>(IReadOnlyList<TRow> all, Func<PageInfo, List<TRow>, object> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (rows, info) = ApiPaging.Slice(all, Page);
        return new ApiList<TRow>(body(info, rows), rows, info, Format);
    }
}
