using HumanSecurity.Web.Security;
using Microsoft.Net.Http.Headers;

namespace HumanSecurity.Web.Platform;

/// <summary>Conditional and cached reads. An opted-in <c>GET</c> endpoint (<see cref="WithReadCache{TBuilder}"/>) gets a
/// strong <c>ETag</c> from the store's data version and the request (path, query, <c>Accept</c>,
/// <c>Accept-Language</c>, and whether the caller may read restricted data); <c>If-None-Match</c> with it answers 304,
/// and the 200 responses are kept in memory until the data version changes, so repeated reads cost no store query.</summary>
public static class ReadCache
{
    /// <summary>Endpoint metadata marking an endpoint as cached.</summary>
    public sealed class Metadata;

    private static readonly HashSet<string> Uncaptured = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding, HeaderNames.ContentLength, HeaderNames.ContentType,
        HeaderNames.ETag, HeaderNames.CacheControl, HeaderNames.Vary,
    };

    /// <summary>Caches the endpoint's (or group's) <c>GET</c> responses by data version; the response must depend on
    /// nothing but the stored data and the request key.</summary>
    public static TBuilder WithReadCache<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(b => b.Metadata.Add(new Metadata()));
        return builder;
    }

    /// <summary>Runs after authorization (the key depends on the caller).</summary>
    public static IApplicationBuilder UseReadCache(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<Metadata>() is null)
        {
            await next(context);
            return;
        }
        var services = context.RequestServices;
        var cache = services.GetRequiredService<ReadCacheStore>();
        var version = services.GetRequiredService<StoreServices>().Store.DataVersion;
        var caller = Caller.Of(context.User);
        var key = KeyOf(context.Request, caller);
        var hit = cache.Find(key, version);
        var etag = hit?.ETag ?? cache.ETagOf(version, key);
        var cacheControl = caller.CanReadRestricted || !services.GetRequiredService<WebOptions>().AllowsAnonymousRead ? "private, no-cache" : "no-cache";
        // An ETag is only ever sent with a 200, and equal keys at one version give equal responses, so a matching tag
        // proves the response would be that 200 again: 304 without computing it. "*" needs the response to exist.
        var match = Match(context.Request, etag);
        if (match == Condition.Tag)
        {
            NotModified(context.Response, etag, cacheControl);
            return;
        }
        var response = hit ?? await ReadAsync(context, next, cache, key, etag, version);
        if (response is null) return;
        if (match == Condition.Any)
        {
            NotModified(context.Response, etag, cacheControl);
            return;
        }
        SetValidators(context.Response, etag, cacheControl);
        await response.WriteAsync(context.Response);
    });

    private enum Condition
    {
        None,
        Tag,
        Any,
    }

    private static void NotModified(HttpResponse response, string etag, string cacheControl)
    {
        SetValidators(response, etag, cacheControl);
        response.StatusCode = StatusCodes.Status304NotModified;
    }

    /// <summary>The cached response, or the one computed now (null when the endpoint answered something not cacheable,
    /// which has then been written as it was).</summary>
    private static async Task<CachedResponse?> ReadAsync(HttpContext context, RequestDelegate next, ReadCacheStore cache, string key, string etag,
        long version)
    {
        if (!cache.TryStart(key, out var running))
        {
            if (await running.WaitAsync(context.RequestAborted) is { } shared && shared.Version == version) return shared;
            return await ComputeAsync(context, next, etag, version);
        }
        CachedResponse? computed = null;
        try
        {
            computed = await ComputeAsync(context, next, etag, version);
            return computed;
        }
        finally
        {
            cache.Complete(key, computed);
        }
    }

    /// <summary>Runs the endpoint into a buffer; a cacheable 200 becomes a <see cref="CachedResponse"/>, anything else is
    /// written out as it is.</summary>
    private static async Task<CachedResponse?> ComputeAsync(HttpContext context, RequestDelegate next, string etag, long version)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && IsCacheable(response.ContentType) && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            var headers = response.Headers.Where(h => !Uncaptured.Contains(h.Key)).Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString())).ToList();
            return new CachedResponse(version, etag, response.ContentType, headers, buffer.ToArray());
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return null;
    }

    /// <summary>Text responses (JSON, CSV, HTML, GeoJSON, SVG) are deterministic functions of the data and the request;
    /// generated binary documents (PDF prints) may embed times, so they are neither kept nor given an ETag.</summary>
    public static bool IsCacheable(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type) || type.MediaType.Value is not { } media) return false;
        return media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || media.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+csv", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }

    private static string KeyOf(HttpRequest request, Caller caller) =>
        $"{(caller.CanReadRestricted ? "restricted" : "public")}\n{request.Path.Value}{request.QueryString.Value}\n{request.Headers.Accept}\n{request.Headers.AcceptLanguage}";

    /// <summary>Whether <c>If-None-Match</c> holds this ETag (weak comparison, as RFC 9110 says for this header) or <c>*</c>.</summary>
    private static Condition Match(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags)) return Condition.None;
        if (tags.Any(t => t.Tag.Value == etag)) return Condition.Tag;
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any)) ? Condition.Any : Condition.None;
    }

    private static void SetValidators(HttpResponse response, string etag, string cacheControl)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = "Accept, Accept-Language, Authorization";
    }
}
