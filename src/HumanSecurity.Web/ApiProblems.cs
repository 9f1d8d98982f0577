using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web;

/// <summary>ProblemDetails results for bad requests; the detail names the parameter or code and what was expected.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
