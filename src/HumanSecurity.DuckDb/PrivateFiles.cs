using System.Runtime.InteropServices;

namespace HumanSecurity.DuckDb;

/// <summary>Makes the files DuckDB creates (the store file and its <c>.wal</c>, which hold survey microdata) readable by
/// their owner only (mode 0600) on Unix. DuckDB takes no file mode, so the process umask is narrowed to 077 while a store
/// call runs and restored when the last running call ends (a reference count, since several stores may work at once in
/// one process; files created meanwhile elsewhere in the process are private too, never more open).</summary>
internal static partial class PrivateFiles
{
    private const int PrivateMask = 0b000_111_111; // 077: no group or other bits
    private static readonly Lock Sync = new();
    private static int _depth;
    private static int _saved;

    /// <summary>Narrows the umask until the returned scope is disposed.</summary>
    public static Scope Enter()
    {
        if (OperatingSystem.IsWindows()) return default;
        lock (Sync)
        {
            if (_depth++ == 0) _saved = Umask(PrivateMask);
        }
        return new Scope(true);
    }

    public readonly struct Scope(bool active) : IDisposable
    {
        public void Dispose()
        {
            if (!active) return;
            lock (Sync)
            {
                if (--_depth == 0) Umask(_saved);
            }
        }
    }

    /// <summary>Removes group and other bits from the store file and its <c>.wal</c> when they exist: the umask covers files
    /// DuckDB creates inside a store call, this covers any it creates outside one (e.g. at a checkpoint on close).</summary>
    public static void Restrict(string storePath)
    {
        if (OperatingSystem.IsWindows() || storePath == ":memory:") return;
        foreach (var file in (ReadOnlySpan<string>)[storePath, storePath + ".wal"])
        {
            try
            {
                var mode = File.GetUnixFileMode(file);
                const UnixFileMode open = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                    | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
                if ((mode & open) != 0) File.SetUnixFileMode(file, mode & ~open);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
            {
                // Absent (no .wal yet) or not ours to change: nothing to narrow.
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial int Umask(int mask);
}
