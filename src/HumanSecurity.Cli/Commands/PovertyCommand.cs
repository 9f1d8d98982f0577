using System.CommandLine;
using HumanSecurity.Formats.Poverty;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso poverty</c>: multidimensional poverty (Alkire–Foster, global MPI) from survey microdata.</summary>
internal static class PovertyCommand
{
    public static Command Create()
    {
        var command = new Command("poverty", "Multidimensional poverty (Alkire–Foster / global MPI) with survey-design standard errors.");
        command.Subcommands.Add(CreateSpec());
        command.Subcommands.Add(PovertyRunCommand.Create());
        command.Subcommands.Add(PovertyPerceptionCommand.Create());
        return command;
    }

    private static Command CreateSpec()
    {
        var name = new Argument<string>("name") { Description = "Built-in spec: " + string.Join(", ", BuiltInPovertySpecs.Names) };
        var command = new Command("spec", "Print a built-in poverty spec (YAML) to copy and edit.") { name };
        command.SetAction(parse =>
        {
            var text = BuiltInPovertySpecs.Text(parse.GetValue(name)!);
            if (text is null)
            {
                Console.Error.WriteLine($"error: spec '{parse.GetValue(name)}' is not built in; built-in specs: {string.Join(", ", BuiltInPovertySpecs.Names)}");
                return ExitCodes.InvalidInput;
            }
            Console.Out.Write(text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
