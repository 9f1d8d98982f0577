namespace HumanSecurity.Web.Platform;

/// <summary>A 200 response kept by the <see cref="ReadCacheStore"/>: what was computed at one data version.</summary>
public sealed class CachedResponse(long version, string etag, string? contentType, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
{
    // A use counter, not a clock: uses within one clock tick must still be ordered.
    private static long s_uses;
    private long _lastUsed = Interlocked.Increment(ref s_uses);

    public long Version { get; } = version;

    /// <summary>The ETag it is sent with (<see cref="ReadCacheStore.ETagOf"/>, computed once).</summary>
    public string ETag { get; } = etag;

    public string? ContentType { get; } = contentType;

    /// <summary>Headers the endpoint set besides the content type (e.g. paging headers).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    public byte[] Body { get; } = body;

    public long LastUsed => Interlocked.Read(ref _lastUsed);

    public void Touch() => Interlocked.Exchange(ref _lastUsed, Interlocked.Increment(ref s_uses));

    /// <summary>Writes the response (the body is dropped by <see cref="HeadRequests"/> for <c>HEAD</c>).</summary>
    public Task WriteAsync(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers) response.Headers[name] = value;
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, response.HttpContext.RequestAborted).AsTask();
    }
}
