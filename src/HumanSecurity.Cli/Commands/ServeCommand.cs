using System.CommandLine;
using HumanSecurity.DuckDb;
using HumanSecurity.Storage;
using HumanSecurity.Web;
using Microsoft.Extensions.Hosting;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso serve [--db PATH] [--port 5080]</c>: serve a store on 127.0.0.1 until Ctrl+C. The server owns the
/// store file while it runs.</summary>
internal static class ServeCommand
{
    public static Option<int> PortOption() => new("--port")
    {
        Description = "TCP port on 127.0.0.1.",
        DefaultValueFactory = _ => WebOptions.DefaultPort,
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535."); } },
    };

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var port = PortOption();
        var command = new Command("serve", "Serve a store's overview page, /health and JSON API on 127.0.0.1 until Ctrl+C.") { db, port };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var path = Path.GetFullPath(parse.GetValue(db)!);
            if (!File.Exists(path))
            {
                var hint = File.Exists(DemoCommand.DefaultDb) ? $"; to serve the demo store use 'hso serve --db {DemoCommand.DefaultDb}'" : "; create one with 'hso demo' or 'hso init'";
                throw new StoreUnavailableException(path, $"store file not found: {path}{hint}");
            }
            await using var store = DuckDbStore.Open(path);
            return await ServeAsync(store, new WebOptions { Port = parse.GetValue(port), StoreLabel = Path.GetFileName(path) }, ct);
        }));
        return command;
    }

    /// <summary>Runs the web server on <paramref name="store"/> until <paramref name="cancellationToken"/> fires (Ctrl+C).</summary>
    public static async Task<int> ServeAsync(IStore store, WebOptions options, CancellationToken cancellationToken)
    {
        await using var app = ObservatoryWebApp.Build(options, store);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"error: --port {options.Port}: cannot listen on 127.0.0.1:{options.Port} ({e.Message}); pass another --port");
            return ExitCodes.InvalidInput;
        }
        Console.WriteLine($"serving {app.Urls.FirstOrDefault() ?? $"http://127.0.0.1:{options.Port}"}/ (Ctrl+C to stop)");
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal stop.
        }
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
