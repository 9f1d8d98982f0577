using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>Runs a store command: opens the store, maps failures to exit codes and located <c>error:</c> lines on stderr
/// (never a stack trace).</summary>
internal static class StoreCommandRunner
{
    /// <summary>Opens the DuckDB store at <c>dbPath</c> (creating it only when <c>createIfMissing</c>: init, import) and runs the work.</summary>
    public static Task<int> RunAsync(string dbPath, bool createIfMissing, Func<IStore, Task<int>> work) =>
        RunAsync(() => StoreLocation.Parse(dbPath, "--db"), createIfMissing, work);

    /// <summary>Opens the store the command line selects (<see cref="StoreSelection"/>) and runs the work.</summary>
    public static Task<int> RunAsync(StoreSelection selection, System.CommandLine.ParseResult parse, bool createIfMissing, Func<IStore, Task<int>> work) =>
        RunAsync(() => selection.Resolve(parse), createIfMissing, work);

    private static async Task<int> RunAsync(Func<StoreLocation> location, bool createIfMissing, Func<IStore, Task<int>> work)
    {
        try
        {
            await using var store = await StoreOpener.OpenAsync(location(), createIfMissing);
            return await work(store);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            return await ReportAsync(e);
        }
    }

    /// <summary>Writes an exception as error lines and returns the matching exit code.</summary>
    public static async Task<int> ReportAsync(Exception e)
    {
        switch (e)
        {
            case InvalidInputException invalid:
                foreach (var p in invalid.Problems) await Console.Error.WriteLineAsync(p.ToString());
                if (invalid.Problems.Count == 0) await Console.Error.WriteLineAsync($"error: {invalid.Message}");
                return ExitCodes.InvalidInput;
            case StoreUnavailableException unavailable:
                await Console.Error.WriteLineAsync($"error: {unavailable.Message}");
                return ExitCodes.StoreUnavailable;
            case OperationCanceledException:
                await Console.Error.WriteLineAsync("error: cancelled; nothing was written");
                return ExitCodes.InvalidInput;
            case IOException or UnauthorizedAccessException:
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            default:
                await Console.Error.WriteLineAsync($"error: internal error ({e.GetType().Name}): {e.Message}; please report it");
                return ExitCodes.InternalError;
        }
    }
}
