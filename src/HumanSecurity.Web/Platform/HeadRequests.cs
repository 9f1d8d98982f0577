namespace HumanSecurity.Web.Platform;

/// <summary>Answers <c>HEAD</c> on every <c>GET</c> endpoint: the request is routed as a <c>GET</c>, its body is counted
/// and dropped, and the response carries the status, headers and <c>Content-Length</c> the <c>GET</c> would have.
/// Runs before routing, so endpoints need nothing for it.</summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var original = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()!;
        var counter = new CountingStream();
        context.Response.Body = counter;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
            context.Request.Method = HttpMethods.Head;
            if (!context.Response.HasStarted && context.Response.ContentLength is null && counter.Length > 0)
                context.Response.ContentLength = counter.Length;
        }
    });

    /// <summary>A write-only stream that keeps nothing but the number of bytes written.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
