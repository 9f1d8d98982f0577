using System.CommandLine;
using HumanSecurity.Cli.Commands;

namespace HumanSecurity.Cli;

/// <summary>Composes the <c>hso</c> command tree. Each feature contributes its commands from its own file. Commands throw;
/// <see cref="RunAsync(string[], CancellationToken, RootCommand?)"/> maps every exception once (<see cref="CliErrors"/>).</summary>
internal static class HsoApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("hso — the Human Security Observatory: import localized, disaggregated data, compute human-security indices, poverty and risk, and serve them.");
        foreach (var command in Commands()) root.Subcommands.Add(command);
        return root;
    }

    private static IEnumerable<Command> Commands()
    {
        yield return DemoCommand.Create();
        yield return DemoDataCommand.Create();
        yield return ServeCommand.Create();
        yield return InitCommand.Create();
        yield return ImportCommand.Create();
        yield return InspectCommand.Create();
        yield return ExportCommand.Create();
        yield return AreasCommand.Create();
        yield return IndicatorsCommand.Create();
        yield return DatasetsCommand.Create();
        yield return StoreCommand.Create();
        yield return IndexCommand.Create();
        yield return PovertyCommand.Create();
        yield return ReportCommand.Create();
        yield return ModelsCommand.Create();
        yield return RunsCommand.Create();
        yield return VerifyCommand.Create();
        yield return TokensCommand.Create();
        yield return AuditCommand.Create();
        yield return VersionInfoCommand.Create();
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CancellationToken.None);

    /// <summary>Parses and runs <paramref name="args"/> on <paramref name="root"/> (default: <see cref="CreateRoot"/>);
    /// parse errors exit 2, and an exception from any command is reported and mapped to its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken, RootCommand? root = null)
    {
        var parse = (root ?? CreateRoot()).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) await Console.Error.WriteLineAsync($"error: {e.Message}");
            await Console.Error.WriteLineAsync("Run 'hso --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
#pragma warning disable CA1031 // The one place every exception of every command is mapped to an exit code; never a stack trace.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return await CliErrors.ReportAsync(e, Console.Error);
        }
    }
}
