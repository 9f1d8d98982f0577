using System.Reflection;

namespace HumanSecurity.Web.Platform;

/// <summary>Unknown query parameters are an error, not ignored: a typo such as <c>?indicatr=X</c> would otherwise return
/// every row as if unfiltered. Opt an endpoint or a group in with <see cref="RejectUnknownQuery{TBuilder}"/>.</summary>
public static class QueryParameterCheck
{
    /// <summary>Records the query parameters each endpoint's handler binds (<see cref="QueryParameters.Of"/>), so that
    /// <see cref="UseQueryParameterCheck"/> answers 400 naming any other parameter, or one given twice.</summary>
    public static TBuilder RejectUnknownQuery<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(b =>
        {
            if (b is RouteEndpointBuilder route && b.Metadata.OfType<MethodInfo>().LastOrDefault() is { } handler)
                b.Metadata.Add(QueryParameters.Of(handler, route.RoutePattern));
        });
        return builder;
    }

    /// <summary>Enforces the check; runs after routing.</summary>
    public static IApplicationBuilder UseQueryParameterCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var known = context.GetEndpoint()?.Metadata.GetMetadata<QueryParameters>();
        if (known is not null && Problem(context.Request.Query, known) is { } detail)
        {
            await ApiProblems.BadRequest(detail).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>What is wrong with the query, or null.</summary>
    public static string? Problem(IQueryCollection query, QueryParameters known)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var (name, values) in query)
        {
            if (!known.Names.Contains(name))
            {
                var accepted = known.Names.Count == 0 ? "this endpoint takes no query parameters" : "this endpoint accepts " + string.Join(", ", known.Names);
                return $"unknown query parameter '{name}'; {accepted}";
            }
            if (values.Count > 1 && !known.Repeatable.Contains(name)) return $"query parameter '{name}' is given {values.Count} times; give it once (lists are comma-separated)";
        }
        return null;
    }
}
