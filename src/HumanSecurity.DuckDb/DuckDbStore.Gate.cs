using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    /// <summary>Starts an atomic import; see <see cref="DuckDbImportSession"/>.</summary>
    public Task<IImportSession> BeginImportAsync(DatasetInfo dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return WithGateAsync<IImportSession>(
            () => DuckDbImportSession.Begin(this, _connection, dataset, Interlocked.Increment(ref _sessions)), cancellationToken);
    }

    internal async Task<T> WithGateAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // DuckDB creates the .wal (and the file) on the write itself: created files are private (0600).
            using (PrivateFiles.Enter())
            {
                var result = work();
                PrivateFiles.Restrict(Path);
                return result;
            }
        }
        catch (Exception e) when (StoreWriteFailure.Matches(e))
        {
            throw StoreWriteFailure.ToUnavailable(Path, e);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal Task WithGateAsync(Action work, CancellationToken cancellationToken) =>
        WithGateAsync(() => { work(); return true; }, cancellationToken);
}
