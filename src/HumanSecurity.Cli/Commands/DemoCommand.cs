using System.CommandLine;
using HumanSecurity.Cli.Demo;
using HumanSecurity.Demo;
using HumanSecurity.Web;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso demo [--db PATH] [--port 5080] [--no-serve] [--data DIR] [--seed N]</c>: generate the synthetic demo
/// data when absent, import it into a fresh store, print a summary and serve it.</summary>
internal static class DemoCommand
{
    public const string DefaultDb = "demo.duckdb";
    public const string DefaultData = "demo-data";

    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "Store file to create or replace.", DefaultValueFactory = _ => new FileInfo(DefaultDb) };
        var port = ServeCommand.PortOption();
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the summary instead of serving the page." };
        var data = new Option<DirectoryInfo>("--data") { Description = "Directory of the demo data (generated when absent).", DefaultValueFactory = _ => new DirectoryInfo(DefaultData) };
        var seed = new Option<int>("--seed") { Description = "Seed of the demo data.", DefaultValueFactory = _ => DemoDataGenerator.DefaultSeed };
        var command = new Command("demo", "Generate synthetic demo data, import it into a fresh store, print a summary and serve the overview page on 127.0.0.1.")
        {
            db, port, noServe, data, seed,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var dbPath = parse.GetValue(db)!.FullName;
            var dataDir = parse.GetValue(data)!.FullName;
            // The store first: a store another process holds (or a file that is no store) stops the demo before it
            // spends time generating data.
            await using var store = DemoRunner.RecreateStore(dbPath);
            DemoRunner.EnsureData(dataDir, parse.GetValue(seed));
            await DemoRunner.RunStepsAsync(store, dataDir, ct);
            await DemoRunner.PrintSummaryAsync(store, dbPath, ct);
            if (parse.GetValue(noServe)) return ExitCodes.Ok;
            return await ServeCommand.ServeAsync(store, new WebOptions { Port = parse.GetValue(port), StoreLabel = Path.GetFileName(dbPath) }, ct);
        }));
        return command;
    }
}
