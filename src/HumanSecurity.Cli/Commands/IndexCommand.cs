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
        command.Subcommands.Add(IndexSensitivityCommand.Create());
        return command;
    }
}
