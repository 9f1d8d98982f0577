using HumanSecurity.DuckDb;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>Runs a store command: opens the store (a missing file is <see cref="StoreUnavailableException"/>, exit 3, unless
/// the command creates stores) and runs the work. Failures are mapped by <see cref="CliErrors"/>.</summary>
internal static class StoreCommandRunner
{
    /// <summary>Opens the store at <c>dbPath</c> (creating it only when <c>createIfMissing</c>: init, import) and runs the work.</summary>
    public static async Task<int> RunAsync(string dbPath, bool createIfMissing, Func<DuckDbStore, Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!createIfMissing && dbPath != ":memory:" && !File.Exists(dbPath))
            throw new StoreUnavailableException(dbPath, $"{dbPath}: no store here; run 'hso init --db {dbPath}' or 'hso import FILE --db {dbPath}' first");
        await using var store = await DuckDbStore.OpenAsync(dbPath);
        return await work(store);
    }

    /// <summary>Writes an exception as error lines and returns its exit code (the one map, <see cref="CliErrors"/>).</summary>
    public static Task<int> ReportAsync(Exception e) => CliErrors.ReportAsync(e, Console.Error);
}
