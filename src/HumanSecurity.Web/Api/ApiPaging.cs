using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary>The <c>limit</c> and <c>offset</c> query parameters of list endpoints: a page is at most
/// <see cref="MaxLimit"/> rows (default <see cref="DefaultLimit"/>), so no request can ask for a whole large run or
/// table at once.</summary>
public static class ApiPaging
{
    public const int DefaultLimit = 10_000;
    public const int MaxLimit = 100_000;

    /// <summary>Parses <c>limit</c> (absent: the default); a problem naming the parameter when it is not 1 to <see cref="MaxLimit"/>.</summary>
    public static ProblemHttpResult? Limit(string? text, out int limit)
    {
        limit = DefaultLimit;
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit) return null;
        return ApiProblems.BadRequest($"query parameter 'limit' must be a whole number from 1 to {MaxLimit:D}, not '{text}'");
    }

    /// <summary>Parses <c>offset</c> (absent: 0); a problem naming the parameter when it is not a whole number.</summary>
    public static ProblemHttpResult? Offset(string? text, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(text) || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out offset)) return null;
        return ApiProblems.BadRequest($"query parameter 'offset' must be a whole number (rows to skip), not '{text}'");
    }
}
