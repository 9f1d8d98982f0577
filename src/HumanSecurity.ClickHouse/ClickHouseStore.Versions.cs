using HumanSecurity.ClickHouse.Http;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore
{
    /// <summary>How long a version may lag a write made by another process (the server's caches are keyed by it).</summary>
    private const long RefreshMilliseconds = 1000;

    private const string FingerprintSql = """
        SELECT (SELECT count() FROM datasets), (SELECT count() FROM runs), (SELECT count() FROM run_deletions), (SELECT count() FROM dataset_access),
            (SELECT count() FROM api_tokens), (SELECT count() FROM token_revocations)
        """;

    private long _dataVersion = 1;
    private long _accessVersion = 1;
    private long _generation;
    private long _checkedAt;
    private int _refreshing;
    private string?[]? _fingerprint;

    /// <summary>Grows on every committed write through this instance at once, and within about a second on writes of other
    /// processes (a background check of the commit tables' row counts, as several processes may share a ClickHouse store).</summary>
    public long DataVersion
    {
        get
        {
            RefreshIfStale();
            return Interlocked.Read(ref _dataVersion);
        }
    }

    /// <summary>As <see cref="DataVersion"/>, for tokens (a token revoked by another process stops working within about a second).</summary>
    public long AccessVersion
    {
        get
        {
            RefreshIfStale();
            return Interlocked.Read(ref _accessVersion);
        }
    }

    /// <summary>After a committed write: the version grows, and the fingerprint the background check compares with is
    /// taken again, so that the write is not counted twice.</summary>
    internal async Task MarkChangedAsync(bool access = false)
    {
        Interlocked.Increment(ref access ? ref _accessVersion : ref _dataVersion);
        Interlocked.Increment(ref _generation);
        try { _fingerprint = (await Home.QueryAsync(FingerprintSql, CancellationToken.None).ConfigureAwait(false))[0]; }
        catch (Storage.StoreUnavailableException) { _fingerprint = null; }
    }

    private void RefreshIfStale()
    {
        if (Environment.TickCount64 - Interlocked.Read(ref _checkedAt) < RefreshMilliseconds) return;
        if (Interlocked.Exchange(ref _refreshing, 1) == 1) return;
        _ = RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        var generation = Interlocked.Read(ref _generation);
        try
        {
            var now = (await Home.QueryAsync(FingerprintSql, CancellationToken.None).ConfigureAwait(false))[0];
            // A write of this process in the meantime took its own fingerprint: this one is older.
            if (Interlocked.Read(ref _generation) != generation) return;
            if (_fingerprint is { } before)
            {
                if (!now.AsSpan(0, 4).SequenceEqual(before.AsSpan(0, 4))) Interlocked.Increment(ref _dataVersion);
                if (!now.AsSpan(4).SequenceEqual(before.AsSpan(4))) Interlocked.Increment(ref _accessVersion);
            }
            _fingerprint = now;
        }
        catch (Exception e) when (e is Storage.StoreUnavailableException or ClickHouseException)
        {
            // Unreachable for now: the versions stay; the next read tries again.
        }
        finally
        {
            Interlocked.Exchange(ref _checkedAt, Environment.TickCount64);
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }
}
