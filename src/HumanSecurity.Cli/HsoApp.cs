using System.CommandLine;
using HumanSecurity.Cli.Commands;

namespace HumanSecurity.Cli;

/// <summary>Composes the <c>hso</c> command tree. Each feature contributes its commands from its own file.</summary>
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
        yield return IndexCommand.Create();
        yield return PovertyCommand.Create();
        yield return ReportCommand.Create();
        yield return TokensCommand.Create();
        yield return AuditCommand.Create();
        yield return VersionInfoCommand.Create();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = CreateRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) await Console.Error.WriteLineAsync($"error: {e.Message}");
            await Console.Error.WriteLineAsync("Run 'hso --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync();
    }
}
