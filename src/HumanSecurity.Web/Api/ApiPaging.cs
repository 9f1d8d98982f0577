using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary>The <c>limit</c> and <c>offset</c> query parameters of every list endpoint: a page is at most
/// <see cref="MaxLimit"/> rows (default <see cref="DefaultLimit"/>), so no request can ask for a whole large run or
/// table at once. Every list answers <c>count</c>, <c>total</c>, <c>limit</c>, <c>offset</c> and <c>truncated</c>
/// (<see cref="PageInfo"/>).</summary>
public static class ApiPaging
{
    /// <summary>Rows of a page when <c>limit</c> is absent: 1,000, so that a default page stays around 200 KB of JSON.</summary>
    public const int DefaultLimit = 1_000;
    public const int MaxLimit = 100_000;

    /// <summary>Parses <c>limit</c> (absent: the default); a problem naming the parameter when it is not 1 to <see cref="MaxLimit"/>.</summary>
    public static ProblemHttpResult? Limit(string? text, out int limit)
    {
        limit = DefaultLimit;
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit) return null;
        return ApiProblems.BadRequest($"query parameter 'limit' must be a whole number from 1 to {MaxLimit:D}, not '{text}'");
    }

    /// <summary>Parses <c>offset</c> (absent: 0); a problem naming the parameter when it is not a whole number.</summary>
    public static ProblemHttpResult? Offset(string? text, out int offset)
    {
        offset = 0;
        if (text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out offset)) return null;
        return ApiProblems.BadRequest($"query parameter 'offset' must be a whole number (rows to skip), not '{text}'");
    }

    /// <summary>Parses both; a problem naming the first bad one.</summary>
    public static ProblemHttpResult? Parse(string? limit, string? offset, out PageRequest page)
    {
        page = new PageRequest(DefaultLimit, 0);
        if (Limit(limit, out var take) is { } badLimit) return badLimit;
        if (Offset(offset, out var skip) is { } badOffset) return badOffset;
        page = new PageRequest(take, skip);
        return null;
    }

    /// <summary>The page of an in-memory list.</summary>
    public static (List<T> Rows, PageInfo Page) Slice<T>(IReadOnlyList<T> all, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(page);
        var rows = all.Skip(page.Offset).Take(page.Limit).ToList();
        return (rows, page.Of(rows.Count, all.Count));
    }
}
