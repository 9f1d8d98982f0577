namespace HumanSecurity.ClickHouse.Http;

/// <summary>An INSERT in flight: rows are encoded into <see cref="Rows"/> and flushed into the open request body;
/// <see cref="CompleteAsync"/> ends the body and waits for the server's answer. ClickHouse commits the rows block by
/// block as it reads them, so an abandoned stream may leave some rows behind: callers write only rows that are
/// invisible until a commit marker exists (see docs/store.md, atomicity).</summary>
internal sealed class ClickHouseInsertStream(ClickHouseNode node, string queryId, HttpRequestMessage request, StreamingContent content,
    Task<HttpResponseMessage> send, string statement) : IAsyncDisposable
{
    /// <summary>Flush once this many bytes are buffered.</summary>
    public const int FlushBytes = 1 << 20;

    private bool _finished;

    public RowBinaryWriter Rows { get; } = new(FlushBytes + (FlushBytes >> 2));

    public long RowCount { get; set; }

    /// <summary>Sends the buffered rows.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (Rows.Length == 0) return;
        var stream = await Task.WhenAny(content.Stream, send).ConfigureAwait(false) == send
            ? throw await ServerStoppedAsync().ConfigureAwait(false)
            : await content.Stream.ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(Rows.Written, ct).ConfigureAwait(false);
        }
        catch (IOException) when (send.IsCompleted)
        {
            throw await ServerStoppedAsync().ConfigureAwait(false);
        }
        Rows.Clear();
    }

    /// <summary>Flushes, ends the body and waits until the server has written every row (on every shard).</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        await FlushAsync(ct).ConfigureAwait(false);
        _finished = true;
        content.Complete();
        using var response = await send.ConfigureAwait(false);
        request.Dispose();
    }

    private async Task<Exception> ServerStoppedAsync()
    {
        _finished = true;
        try
        {
            using var response = await send.ConfigureAwait(false);
            return new ClickHouseException(0, $"ClickHouse answered before the rows were sent ({statement}).");
        }
        catch (Exception e) when (e is ClickHouseException or Storage.StoreUnavailableException)
        {
            return e;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            content.Abort();
            try { using var _ = await send.ConfigureAwait(false); }
            catch (Exception e) when (e is ClickHouseException or Storage.StoreUnavailableException or OperationCanceledException or HttpRequestException or IOException)
            {
                // The insert was abandoned on purpose; the server's complaint about the broken body is expected.
            }
            // Rows written after this would escape the caller's clean-up (DROP PARTITION).
            await node.WaitUntilGoneAsync(queryId, CancellationToken.None).ConfigureAwait(false);
        }
        request.Dispose();
    }
}
