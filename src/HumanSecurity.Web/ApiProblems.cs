using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web;

/// <summary>ProblemDetails results for bad requests; the detail names the parameter or code and what was expected.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>404 for filters that match nothing (an empty answer is an error, not a success): names every filter given.</summary>
    public static ProblemHttpResult NoMatch(string what, params (string Name, string? Value)[] filters)
    {
        var given = filters.Where(f => f.Value is not null).Select(f => $"{f.Name}={f.Value}").ToList();
        return NotFound($"no {what} match {string.Join(" and ", given)} (query parameter{(given.Count > 1 ? "s" : "")} " +
            $"{string.Join(", ", filters.Where(f => f.Value is not null).Select(f => $"'{f.Name}'"))})");
    }
}
