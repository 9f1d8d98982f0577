using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HumanSecurity.Web.Platform;

/// <summary>Endpoint metadata: the query parameters an endpoint reads. <see cref="QueryParameterCheck"/> refuses any
/// other, and any parameter given twice unless it binds to an array (<c>?areas=A&amp;areas=B</c>).</summary>
public sealed class QueryParameters
{
    public QueryParameters(IEnumerable<string> names, IEnumerable<string>? repeatable = null)
    {
        Names = new SortedSet<string>(names, StringComparer.OrdinalIgnoreCase);
        Repeatable = new HashSet<string>(repeatable ?? [], StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlySet<string> Names { get; }

    /// <summary>The parameters that bind to arrays and may be given several times.</summary>
    public IReadOnlySet<string> Repeatable { get; }

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
        var repeatable = new List<string>();
        foreach (var p in handler.GetParameters())
        {
            var name = p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!;
            var query = p.GetCustomAttribute<FromQueryAttribute>() is not null
                || (!Ignored.Contains(p.ParameterType) && !route.Contains(p.Name!) && !p.GetCustomAttributes().Any(IsOtherSource) && IsSimple(p.ParameterType));
            if (!query) continue;
            names.Add(name);
            if (p.ParameterType.IsArray) repeatable.Add(name);
        }
        return new QueryParameters(names, repeatable);
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
