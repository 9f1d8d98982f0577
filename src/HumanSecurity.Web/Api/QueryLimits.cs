namespace HumanSecurity.Web.Api;

/// <summary>Rejects over-long query strings before any endpoint runs: 400 ProblemDetails naming the parameter. Codes,
/// periods and ids are short; a longer value is a mistake or an attack, not a query.</summary>
public static class QueryLimits
{
    /// <summary>Longest accepted value of one query parameter (characters).</summary>
    public const int MaxValueLength = 256;

    /// <summary>Longest accepted query string (characters, including the <c>?</c>).</summary>
    public const int MaxQueryLength = 2048;

    public static IApplicationBuilder UseQueryLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var problem = Check(context.Request);
        if (problem is null)
        {
            await next(context);
            return;
        }
        await ApiProblems.BadRequest(problem).ExecuteAsync(context);
    });

    private static string? Check(HttpRequest request)
    {
        if (request.QueryString.Value is { Length: > MaxQueryLength } q)
            return $"the query string is {q.Length} characters long; at most {MaxQueryLength} are accepted";
        foreach (var (name, values) in request.Query)
        {
            if (name.Length > MaxValueLength) return $"a query parameter name is {name.Length} characters long; at most {MaxValueLength} are accepted";
            foreach (var v in values)
            {
                if (v is { Length: > MaxValueLength })
                    return $"query parameter '{name}' is {v.Length} characters long; at most {MaxValueLength} are accepted";
            }
        }
        return null;
    }
}
