using System.CommandLine;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso init [--db PATH]</c>: creates (or migrates) a store file.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var command = new Command("init", "Create an empty store (or bring an existing one to the current schema).") { db };
        command.SetAction((parse, _) => StoreCommandRunner.RunAsync(parse.GetValue(db)!, createIfMissing: true, async store =>
        {
            await Console.Out.WriteLineAsync($"store {store.Path} ready (schema version {store.SchemaVersion})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
