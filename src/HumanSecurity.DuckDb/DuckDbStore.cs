using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

/// <summary>The embedded default store: one DuckDB file (or <c>:memory:</c>). DuckDB lets one process open a file, so
/// opening a file another process holds throws <see cref="StoreUnavailableException"/> naming the file and holder.
/// Not safe for concurrent use from several threads (calls are serialised by a gate).</summary>
public sealed partial class DuckDbStore : IStore
{
    private readonly DuckDBConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _sessions;

    private DuckDbStore(string path, DuckDBConnection connection, int schemaVersion)
    {
        Path = path;
        _connection = connection;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The file path, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public int SchemaVersion { get; private set; }

    /// <summary>Opens (creating when absent) a store file, or an in-memory store for <c>:memory:</c>, and migrates its
    /// schema to <see cref="StoreSchema.CurrentVersion"/>.</summary>
    /// <exception cref="StoreUnavailableException">Locked by another process, newer schema, or not a DuckDB file.</exception>
    public static DuckDbStore Open(string path) => Open(path, StoreSchema.CurrentVersion);

    /// <summary>Opens a store migrating only up to <paramref name="targetVersion"/> (tests of migrations).</summary>
    internal static DuckDbStore Open(string path, int targetVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var isMemory = path == ":memory:";
        var full = isMemory ? path : System.IO.Path.GetFullPath(path);
        if (!isMemory) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        using var privateFiles = PrivateFiles.Enter();
        try
        {
            connection.Open();
            var version = Migrate(connection, full, targetVersion);
            PrivateFiles.Restrict(full);
            return new DuckDbStore(full, connection, version);
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw Unavailable(full, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens a store asynchronously (the work is synchronous in DuckDB; this is for call-site symmetry).</summary>
    public static Task<DuckDbStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        Task.Run(() => Open(path), cancellationToken);

    private static int Migrate(DuckDBConnection connection, string path, int targetVersion)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        var current = Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (current > StoreSchema.CurrentVersion)
            throw new StoreUnavailableException(path,
                $"store '{path}' has schema version {current}, newer than this hso understands ({StoreSchema.CurrentVersion}); upgrade hso");
        for (var v = current + 1; v <= targetVersion; v++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, StoreSchema.Migrations[v - 1]);
            Execute(connection, $"INSERT INTO schema_version VALUES ({v}, now())");
            tx.Commit();
        }
        return Math.Max(current, targetVersion);
    }

    [GeneratedRegex(@"PID (\d+)")]
    private static partial Regex PidPattern();

    internal static StoreUnavailableException Unavailable(string path, DuckDBException e)
    {
        var message = e.Message;
        if (message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            var m = PidPattern().Match(message);
            int? pid = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            var holder = pid is null ? "another process" : $"process {pid}";
            return new StoreUnavailableException(path,
                $"store '{path}' is in use by {holder} (DuckDB allows one process per file); stop it (e.g. 'hso serve') or use another --db", pid, e);
        }
        return new StoreUnavailableException(path, $"cannot open store '{path}': {message}", null, e);
    }

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            using (PrivateFiles.Enter()) await _connection.DisposeAsync().ConfigureAwait(false);
            PrivateFiles.Restrict(Path);
        }
        finally { _gate.Release(); }
        _gate.Dispose();
    }
}
