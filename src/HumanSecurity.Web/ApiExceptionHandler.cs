using HumanSecurity.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HumanSecurity.Web;

/// <summary>The one exception → ProblemDetails map of the web layer (endpoints throw; this answers):
/// <see cref="InvalidInputException"/> → 400 with every problem in <c>problems</c>; <see cref="StoreUnavailableException"/>
/// → 503; a cancelled request → 499 (client closed request); anything else → 500 "internal error; please report it",
/// never a stack trace.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Status of a request the client abandoned (nginx's 499).</summary>
    public const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var details = ToProblem(exception);
        httpContext.Response.StatusCode = details.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    /// <summary>The ProblemDetails of an exception.</summary>
    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        InvalidInputException invalid => WithProblems(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest, Title = "Bad request", Detail = invalid.Problems.FirstOrDefault()?.ToString() ?? invalid.Message,
        }, invalid),
        StoreUnavailableException unavailable => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable, Title = "Store unavailable", Detail = unavailable.Message,
        },
        OperationCanceledException => new ProblemDetails { Status = ClientClosedRequest, Title = "Request cancelled" },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError, Title = "Internal error",
            Detail = $"internal error ({exception.GetType().Name}); please report it",
        },
    };

    private static ProblemDetails WithProblems(ProblemDetails details, InvalidInputException invalid)
    {
        details.Extensions["problems"] = invalid.Problems.Select(p => new { severity = p.Severity.ToString().ToLowerInvariant(), location = p.Location, message = p.Message }).ToList();
        return details;
    }
}
