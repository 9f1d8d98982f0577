namespace HumanSecurity.Cli.Commands;

/// <summary>Runs a command body. Exceptions are no longer caught here: <see cref="HsoApp"/> maps every exception of every
/// command once (<see cref="CliErrors"/>). Kept so that commands written against it keep building; new commands simply throw.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body();
    }

    public static Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body();
    }
}
