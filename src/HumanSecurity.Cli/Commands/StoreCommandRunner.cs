using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>Runs a store command: opens the store (a missing file is <see cref="StoreUnavailableException"/>, exit 3, unless
/// the command creates stores) and runs the work. Failures are mapped by <see cref="CliErrors"/>.</summary>
internal static class StoreCommandRunner
{
    /// <summary>Opens the DuckDB store at <c>dbPath</c> (creating it only when <c>createIfMissing</c>: init, import) and runs the work.</summary>
    public static Task<int> RunAsync(string dbPath, bool createIfMissing, Func<IStore, Task<int>> work) =>
        RunAsync(() => StoreLocation.Parse(dbPath, "--db"), createIfMissing, work);

    /// <summary>Opens an existing store at <c>dbPath</c> (a DuckDB file or a ClickHouse URL) for work on its access control.</summary>
    public static Task<int> RunAccessAsync(string dbPath, Func<Access.IAccessStore, Task<int>> work) =>
        RunAsync(dbPath, createIfMissing: false, store => work(store as Access.IAccessStore
            ?? throw new StoreUnavailableException(dbPath, $"{dbPath}: this store keeps no tokens or audit log")));

    /// <summary>Opens the store at <paramref name="location"/> and runs the work.</summary>
    public static Task<int> RunAsync(StoreLocation location, bool createIfMissing, Func<IStore, Task<int>> work) =>
        RunAsync(() => location, createIfMissing, work);

    /// <summary>Opens the store the command line selects (<see cref="StoreSelection"/>: DuckDB or ClickHouse) and runs the work.</summary>
    public static Task<int> RunAsync(StoreSelection selection, System.CommandLine.ParseResult parse, bool createIfMissing, Func<IStore, Task<int>> work) =>
        RunAsync(() => selection.Resolve(parse), createIfMissing, work);

    private static async Task<int> RunAsync(Func<StoreLocation> location, bool createIfMissing, Func<IStore, Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var store = await StoreOpener.OpenAsync(location(), createIfMissing);
        return await work(store);
    }

    /// <summary>Writes an exception as error lines and returns its exit code (the one map, <see cref="CliErrors"/>).</summary>
    public static Task<int> ReportAsync(Exception e) => CliErrors.ReportAsync(e, Console.Error);
}
