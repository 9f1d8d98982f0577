using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary>Issue 10, defect 4: importing into a store whose folder the user cannot write (DuckDB cannot create the .wal
/// beside the file) exited 70 ("TransactionContext Error … Permission denied"); it is exit 3 with a clear message, and
/// the store is unchanged. Runs hso as the unprivileged user <c>nobody</c> (the tests run as root, as CI does).</summary>
public sealed class StoreFolderTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Import_FolderNotWritable_Exit3StoreUnchanged()
    {
        using var dir = new TempDirectory();
        var home = Directory.CreateDirectory(dir.File("home")).FullName;
        var locked = Directory.CreateDirectory(dir.File("locked")).FullName;
        var db = Path.Combine(locked, "s.duckdb");
        ChildHso.Run("init", "--db", db);
        var catalogue = dir.Write("ind.csv", "code,name,unit,direction\nFLOOD,Flood,%,higher_is_worse\n");
        // Everyone may read and enter; only the home folder and the store file itself are writable by others.
        const UnixFileMode readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(dir.Path, readable);
        File.SetUnixFileMode(locked, readable);
        File.SetUnixFileMode(home, readable | UnixFileMode.OtherWrite);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        File.SetUnixFileMode(catalogue, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var before = File.ReadAllBytes(db);
        var (exit, err) = ChildHso.RunAs("nobody", home, "import", catalogue, "--db", db);
        Assert.True(exit == 3, $"exit {exit}: {err}");
        Assert.Contains("cannot be written: permission denied", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }
}
