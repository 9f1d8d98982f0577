using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary>Comma-separated code lists in query parameters (<c>?indicator=A,B</c>). Absent means no filter; present but
/// holding no code (<c>?indicator=</c>, <c>?indicator=,,,</c>) is a 400, never "no filter".</summary>
public static class QueryCodes
{
    /// <summary>The distinct codes in order of first appearance, or null when the parameter is absent.</summary>
    public static ProblemHttpResult? Parse(string name, string? text, out List<string>? codes)
    {
        codes = null;
        if (text is null) return null;
        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return ApiProblems.BadRequest($"query parameter '{name}' holds no code ('{text}'); give one or more codes separated by commas, or leave it out");
        codes = list;
        return null;
    }

    /// <summary>A 404 naming the first code not in <paramref name="known"/>, or null.</summary>
    public static ProblemHttpResult? Unknown(string name, string what, IEnumerable<string>? codes, IReadOnlySet<string> known, string listedAt)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (codes?.FirstOrDefault(c => !known.Contains(c)) is not { } bad) return null;
        return ApiProblems.NotFound($"unknown {what} '{bad}' (query parameter '{name}'); see {listedAt}");
    }
}
