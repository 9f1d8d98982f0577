using System.CommandLine;
using System.Reflection;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso about</c>: versions of the engine and runtime (<c>hso --version</c> prints the short form).</summary>
internal static class VersionInfoCommand
{
    public static string EngineVersion =>
        typeof(VersionInfoCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static Command Create()
    {
        var command = new Command("about", "Print engine, runtime and platform versions.");
        command.SetAction(_ =>
        {
            Console.WriteLine($"hso {EngineVersion}");
            Console.WriteLine($".NET {Environment.Version} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
