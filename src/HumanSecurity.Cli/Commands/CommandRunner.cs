using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>Runs a command body and turns exceptions into the documented exit codes and <c>error:</c> lines.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body) => RunAsync(() => Task.FromResult(body())).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (InvalidInputException e)
        {
            foreach (var p in e.Problems) await Console.Error.WriteLineAsync(p.ToString());
            return e.Problems.Any(p => p.Severity == ProblemSeverity.Error) ? ExitCodes.InvalidInput : ExitCodes.Ok;
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (StoreUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.StoreUnavailable;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("error: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"error: internal error: {e.GetType().Name}: {e.Message} (please report this)");
            return ExitCodes.InternalError;
        }
    }
}
