using HumanSecurity.Cli.Commands;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli;

/// <summary>The one exception → exit-code map of every <c>hso</c> command (commands throw; <see cref="HsoApp"/> reports):
/// <list type="table">
/// <item><term><see cref="InvalidInputException"/></term><description>1, every problem on stderr (errors and warnings), whatever its severity.</description></item>
/// <item><term><see cref="IOException"/>, <see cref="UnauthorizedAccessException"/></term><description>1: a file could not be read or written.</description></item>
/// <item><term><see cref="UsageException"/></term><description>2.</description></item>
/// <item><term><see cref="StoreUnavailableException"/></term><description>3.</description></item>
/// <item><term><see cref="OperationCanceledException"/></term><description>130 (Ctrl+C).</description></item>
/// <item><term>anything else</term><description>70, an internal error (a bug) with "please report it"; never a stack trace.</description></item>
/// </list></summary>
internal static class CliErrors
{
    /// <summary>The exit code of an exception (an aggregate of one exception is mapped by its inner one).</summary>
    public static int ExitCode(Exception e) => Unwrap(e) switch
    {
        InvalidInputException => ExitCodes.InvalidInput,
        IOException or UnauthorizedAccessException => ExitCodes.InvalidInput,
        UsageException => ExitCodes.Usage,
        StoreUnavailableException => ExitCodes.StoreUnavailable,
        OperationCanceledException => ExitCodes.Cancelled,
        _ => ExitCodes.InternalError,
    };

    /// <summary>Writes the exception as <c>error:</c> lines on <paramref name="error"/> and returns its exit code.</summary>
    public static async Task<int> ReportAsync(Exception e, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var inner = Unwrap(e);
        foreach (var line in Lines(inner)) await error.WriteLineAsync(line);
        return ExitCode(inner);
    }

    private static IEnumerable<string> Lines(Exception e) => e switch
    {
        InvalidInputException { Problems.Count: > 0 } invalid when invalid.Problems.Any(p => p.Severity == ProblemSeverity.Error) =>
            invalid.Problems.Select(p => p.ToString()),
        InvalidInputException { Problems.Count: > 0 } invalid => [.. invalid.Problems.Select(p => p.ToString()), "error: the input was rejected (see the warnings above)"],
        InvalidInputException invalid => [$"error: {invalid.Message}"],
        OperationCanceledException => ["error: cancelled; nothing was written"],
        UsageException or StoreUnavailableException or IOException or UnauthorizedAccessException => [$"error: {e.Message}"],
        _ => [$"error: internal error ({e.GetType().Name}): {e.Message}; please report it"],
    };

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : e;
}
