using DuckDB.NET.Data;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

/// <summary>Recognises a failure of the file system under the store (disk full, permission denied, read-only file
/// system, any DuckDB "IO Error") in what DuckDB or DuckDB.NET throw, and turns it into a
/// <see cref="StoreUnavailableException"/> (exit 3) whose message says what happened and what to do. DuckDB.NET's
/// appender wraps such failures in an <see cref="InvalidOperationException"/>, and a failed commit reports
/// "TransactionContext Error", so the message is what tells them apart from a bug.</summary>
internal static class StoreWriteFailure
{
    private static readonly (string Signature, string Explanation)[] Causes =
    [
        ("No space left on device", "the disk is full"),
        ("Disk quota exceeded", "the disk quota is exceeded"),
        ("Read-only file system", "the file system is read-only"),
        ("Permission denied", "permission denied (the folder must be writable: DuckDB writes a .wal file beside the store)"),
    ];

    /// <summary>Whether <paramref name="e"/> is a file-system failure under the store rather than a bug.</summary>
    public static bool Matches(Exception e) =>
        e is DuckDBException or InvalidOperationException
        && (e.Message.Contains("IO Error", StringComparison.Ordinal) || Causes.Any(c => e.Message.Contains(c.Signature, StringComparison.Ordinal)));

    public static StoreUnavailableException ToUnavailable(string path, Exception e)
    {
        var cause = Causes.FirstOrDefault(c => e.Message.Contains(c.Signature, StringComparison.Ordinal)).Explanation ?? "an I/O error";
        return new StoreUnavailableException(path,
            $"store '{path}' cannot be written: {cause}; nothing was changed (the last commit stands). Free space or fix the folder, then retry. ({e.Message})", null, e);
    }
}
