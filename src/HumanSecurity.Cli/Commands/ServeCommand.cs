using System.CommandLine;
using System.Net;
using HumanSecurity.Access;
using HumanSecurity.Storage;
using HumanSecurity.Web;
using Microsoft.Extensions.Hosting;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso serve [--db PATH] [--port 5080] [--host ADDR] [--allowed-host NAME]... [--anonymous-read true|false]</c>:
/// serve a store until Ctrl+C, on 127.0.0.1 unless <c>--host</c> says otherwise (then only when the store holds an
/// active API token). The server owns the store file while it runs.</summary>
internal static class ServeCommand
{
    public static Option<int> PortOption() => new("--port")
    {
        Description = "TCP port.",
        DefaultValueFactory = _ => WebOptions.DefaultPort,
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535."); } },
    };

    public static Command Create()
    {
        var stores = new StoreSelection();
        var port = PortOption();
        var host = new Option<string>("--host")
        {
            Description = "IP address to listen on (default 127.0.0.1; 0.0.0.0 or :: for every interface). Beyond loopback the store must hold an API token ('hso tokens create').",
            DefaultValueFactory = _ => "127.0.0.1",
            Validators = { r => { if (ParseAddress(r.GetValueOrDefault<string>()) is null) r.AddError($"--host must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not '{r.GetValueOrDefault<string>()}'."); } },
        };
        var allowed = new Option<string[]>("--allowed-host")
        {
            Description = "A host name clients use to reach the server (the Host header), besides localhost and the --host address; repeatable. Any other Host is refused (DNS rebinding).",
            AllowMultipleArgumentsPerToken = false,
        };
        var anonymous = new Option<bool?>("--anonymous-read") { Description = "Whether requests without a token may read public data (default: true on loopback, false beyond)." };
        var command = new Command("serve", "Serve a store's pages, /health and JSON API until Ctrl+C (127.0.0.1 unless --host).") { port, host, allowed, anonymous };
        stores.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var location = stores.Resolve(parse);
            if (!location.IsClickHouse)
            {
                var path = Path.GetFullPath(location.DbPath);
                if (!File.Exists(path))
                {
                    var hint = File.Exists(DemoCommand.DefaultDb) ? $"; to serve the demo store use 'hso serve --db {DemoCommand.DefaultDb}'" : "; create one with 'hso demo' or 'hso init'";
                    throw new StoreUnavailableException(path, $"store file not found: {path}{hint}");
                }
                location = location with { DbPath = path };
            }
            var address = ParseAddress(parse.GetValue(host))!;
            var options = new WebOptions
            {
                Port = parse.GetValue(port), StoreLabel = location.Label, ListenAddress = address, AnonymousRead = parse.GetValue(anonymous),
                AllowedHosts = [.. HostNamesOf(address), .. parse.GetValue(allowed) ?? []],
            };
            await using var store = await StoreOpener.OpenAsync(location, createIfMissing: false, ct);
            await RequireTokensBeyondLoopbackAsync(store, options, ct);
            return await ServeAsync(store, options, ct);
        }));
        return command;
    }

    /// <summary>Refuses to listen beyond loopback on a store without an active token: anyone on the network could
    /// otherwise reach a server nobody can administer.</summary>
    internal static async Task RequireTokensBeyondLoopbackAsync(IStore store, WebOptions options, CancellationToken ct)
    {
        if (options.IsLoopback) return;
        var active = store is IAccessStore access && (await access.GetTokensAsync(ct)).Any(t => t.IsActive);
        if (!active)
            throw new InvalidInputException("--host", $"listening on {options.ListenAddress} (beyond loopback) needs at least one active API token in the store; " +
                "create one first with 'hso tokens create --role admin --name NAME --db PATH'");
    }

    private static IPAddress? ParseAddress(string? text) =>
        text == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(text, out var a) ? a : null;

    /// <summary>The listen address as a Host name, unless it is a wildcard (0.0.0.0, ::) or loopback.</summary>
    private static IEnumerable<string> HostNamesOf(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) yield break;
        yield return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
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
            await Console.Error.WriteLineAsync($"error: --port {options.Port}: cannot listen on {options.ListenAddress}:{options.Port} ({e.Message}); pass another --port");
            return ExitCodes.InvalidInput;
        }
        var reads = options.AllowsAnonymousRead ? "anonymous reads of public data allowed" : "every request needs a token";
        Console.WriteLine($"serving {app.Urls.FirstOrDefault() ?? $"http://{options.ListenAddress}:{options.Port}"}/ ({reads}; Ctrl+C to stop)");
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
