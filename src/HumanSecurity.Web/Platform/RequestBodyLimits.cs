using Microsoft.AspNetCore.Http.Features;

namespace HumanSecurity.Web.Platform;

/// <summary>Caps request bodies: an endpoint accepts at most its <see cref="RequestBodyLimit"/> (set with
/// <see cref="WithRequestBodyLimit{TBuilder}"/>), any other at most <see cref="DefaultBytes"/>; a larger body gets 413
/// ProblemDetails before the endpoint runs. The body is read into memory up to the limit, so a chunked body without a
/// <c>Content-Length</c> is capped the same way. Kestrel's own cap is <see cref="MaxBytes"/>.</summary>
public static class RequestBodyLimits
{
    /// <summary>Limit of an endpoint that sets none: bodies of reads are not used, writes declare their own.</summary>
    public const int DefaultBytes = 16 << 10;

    /// <summary>The largest limit an endpoint may set (and Kestrel's limit for every request).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Lets the endpoint (or every endpoint of a group) accept bodies of up to <paramref name="bytes"/>.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, int bytes) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, MaxBytes);
        builder.Add(b => b.Metadata.Add(new RequestBodyLimit(bytes)));
        return builder;
    }

    /// <summary>Enforces the limits; runs after routing (it reads the endpoint's metadata).</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            await next(context);
            return;
        }
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>()?.Bytes ?? DefaultBytes;
        if (request.ContentLength > limit || await BufferAsync(context, limit) is null)
        {
            await TooLarge(limit).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>Reads the body into memory; null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<MemoryStream?> BufferAsync(HttpContext context, int limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + 1L;
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own cap (set just above the limit) fired first.
            return null;
        }
        buffer.Position = 0;
        context.Request.Body = buffer;
        context.Response.RegisterForDispose(buffer);
        return buffer;
    }

    private static IResult TooLarge(int limit) => TypedResults.Problem(
        $"the request body is larger than this endpoint accepts ({limit:D} bytes at most)",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
}
