using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HumanSecurity.Web.Platform;

/// <summary>Endpoint metadata: the query parameters an endpoint reads. <see cref="QueryParameterCheck"/> refuses any
/// other, and any parameter given twice.</summary>
public sealed class QueryParameters
{
    public QueryParameters(IEnumerable<string> names) => Names = new SortedSet<string>(names, StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Names { get; }

    private static readonly HashSet<Type> Ignored =
    [
        typeof(CancellationToken), typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(ClaimsPrincipal), typeof(Stream),
        typeof(System.IO.Pipelines.PipeReader),
    ];

    /// <summary>The query parameters a minimal-API handler binds: parameters marked <c>[FromQuery]</c>, and parameters of
    /// simple types (strings, numbers, enums, types with <c>TryParse</c>) that are not route values; services, bodies and
    /// headers are not query parameters.</summary>
    public static QueryParameters Of(MethodInfo handler, RoutePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(pattern);
        var route = pattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var p in handler.GetParameters())
        {
            if (p.GetCustomAttribute<FromQueryAttribute>() is { } q)
            {
                names.Add(q.Name ?? p.Name!);
                continue;
            }
            if (Ignored.Contains(p.ParameterType) || route.Contains(p.Name!) || p.GetCustomAttributes().Any(IsOtherSource)) continue;
            if (IsSimple(p.ParameterType)) names.Add(p.Name!);
        }
        return new QueryParameters(names);
    }

    private static bool IsOtherSource(Attribute a) =>
        a is FromRouteAttribute or FromServicesAttribute or FromKeyedServicesAttribute or FromBodyAttribute or FromHeaderAttribute or FromFormAttribute
            or AsParametersAttribute;

    private static bool IsSimple(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t.IsArray) t = t.GetElementType()!;
        return t == typeof(string) || t.IsPrimitive || t.IsEnum || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(TimeSpan)
            || t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), t.MakeByRefType()]) is not null;
    }
}
