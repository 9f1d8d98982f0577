using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary>A Spectre console bound to the current <see cref="Console.Out"/> (so redirected output, and tests that
/// swap Console.Out, see tables).</summary>
internal static class CliConsole
{
    public static IAnsiConsole Out()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        // Redirected output has no terminal width; do not wrap tables at Spectre's default of 80 columns.
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = 200;
        return console;
    }
}

/// <summary>JSON settings for <c>--json</c> output.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
