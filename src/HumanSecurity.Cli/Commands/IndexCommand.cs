using System.CommandLine;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso index</c>: composite indices (COINr- and INFORM-style models).</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Composite indices: run a model on data, import COINr inputs, analyse sensitivity.");
        command.Subcommands.Add(IndexFromCoinrCommand.Create());
        command.Subcommands.Add(IndexRunCommand.Create());
        command.Subcommands.Add(IndexSensitivityCommand.Create());
        return command;
    }

    /// <summary>Runs <paramref name="body"/>, turning located input errors into <c>error: location: message</c> lines and exit 1.</summary>
    public static int Guard(Func<int> body) => CommandRunner.Run(() =>
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (StoreUnavailableException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.StoreUnavailable;
        }
    });
}

/// <summary>A command-line value was malformed (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
