using System.CommandLine;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso index</c>: composite indices (COINr- and INFORM-style models).</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Composite indices: run a model on data, import COINr inputs, analyse sensitivity.");
        command.Subcommands.Add(IndexFromCoinrCommand.Create());
        command.Subcommands.Add(IndexRunCommand.Create());
        return command;
    }

    /// <summary>Runs <paramref name="body"/>, turning located input errors into <c>error: location: message</c> lines and exit 1.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidInputException e)
        {
            foreach (var p in e.Problems) Console.Error.WriteLine(p.ToString());
            return e.Problems.Any(p => p.Severity == ProblemSeverity.Error) ? ExitCodes.InvalidInput : ExitCodes.InvalidInput;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}

/// <summary>A command-line value was malformed (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
