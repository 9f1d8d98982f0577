using System.CommandLine;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso about</c>: versions of the engine (with the git commit it was built from) and runtime (<c>hso
/// --version</c> prints the short form).</summary>
internal static class VersionInfoCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print engine, runtime and platform versions.");
        command.SetAction(_ =>
        {
            var engine = EngineInfo.Current;
            Console.WriteLine($"hso {engine.Version}{(engine.Commit is null ? "" : $" (commit {engine.Commit})")}");
            Console.WriteLine($".NET {Environment.Version} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
