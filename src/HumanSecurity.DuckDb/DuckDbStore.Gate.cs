using DuckDB.NET.Data;
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
            return work();
        }
        catch (DuckDBException e) when (IsIoFailure(e))
        {
            throw Unavailable(Path, e);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal Task WithGateAsync(Action work, CancellationToken cancellationToken) =>
        WithGateAsync(() => { work(); return true; }, cancellationToken);

    private static bool IsIoFailure(DuckDBException e) => e.Message.StartsWith("IO Error", StringComparison.Ordinal);
}
