using System.CommandLine;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso init [--db PATH]</c>: creates (or migrates) a store file.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var stores = new StoreSelection();
        var command = new Command("init", "Create an empty store (or bring an existing one to the current schema).");
        stores.AddTo(command);
        command.SetAction((parse, _) => StoreCommandRunner.RunAsync(stores, parse, createIfMissing: true, async store =>
        {
            var label = store is HumanSecurity.DuckDb.DuckDbStore duck ? duck.Path : ((HumanSecurity.ClickHouse.ClickHouseStore)store).Url.Display;
            await Console.Out.WriteLineAsync($"store {label} ready (schema version {store.SchemaVersion})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
