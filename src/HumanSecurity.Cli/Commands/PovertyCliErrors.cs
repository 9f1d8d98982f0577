namespace HumanSecurity.Cli.Commands;

/// <summary>Maps exceptions of a command body to stderr lines and exit codes: located problems exit 1, bugs exit 70.</summary>
internal static class PovertyCliErrors
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidInputException e)
        {
            foreach (var p in e.Problems) Console.Error.WriteLine(p.ToString());
            return ExitCodes.InvalidInput;
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException)
        {
            Console.Error.WriteLine($"error: internal error: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
