using System.Net;

namespace HumanSecurity.ClickHouse.Http;

/// <summary>A request body written while the request is in flight: <see cref="Stream"/> completes once HttpClient has
/// opened the connection; <see cref="Complete"/> ends the body (chunked transfer encoding); <see cref="Abort"/> breaks
/// the request so the server discards the block it was reading.</summary>
internal sealed class StreamingContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<Stream> Stream => _stream.Task;

    public void Complete() => _done.TrySetResult();

    public void Abort() => _done.TrySetException(new OperationCanceledException("The insert was abandoned."));

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        _stream.TrySetResult(stream);
        await _done.Task.ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
