using System.Net;

namespace HumanSecurity.Web;

/// <summary>How the observatory web server runs: by default on 127.0.0.1 only, answering loopback host names, with
/// anonymous reads of public data.</summary>
public sealed record WebOptions
{
    public const int DefaultPort = 5080;

    /// <summary>Host names every server answers (DNS-rebinding protection: any other <c>Host</c> header is refused).</summary>
    public static IReadOnlyList<string> LoopbackHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>TCP port; 0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Address to listen on; loopback unless <c>hso serve --host</c> says otherwise.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Host names accepted in the <c>Host</c> header besides <see cref="LoopbackHosts"/>.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Whether callers without a token may read public data; null: yes on loopback, no otherwise.</summary>
    public bool? AnonymousRead { get; init; }

    /// <summary>Bytes of responses the read cache may hold (0 turns it off).</summary>
    public long ReadCacheBytes { get; init; } = 64L << 20;

    /// <summary>What the page says the data comes from, e.g. the store file name.</summary>
    public string? StoreLabel { get; init; }

    /// <summary>Whether the server listens on a loopback address only.</summary>
    public bool IsLoopback => IPAddress.IsLoopback(ListenAddress);

    /// <summary><see cref="AnonymousRead"/> with its default applied.</summary>
    public bool AllowsAnonymousRead => AnonymousRead ?? IsLoopback;

    /// <summary>Every accepted host name: loopback names, then <see cref="AllowedHosts"/>.</summary>
    public IReadOnlyList<string> HostNames => [.. LoopbackHosts, .. AllowedHosts];

    /// <summary>Where the built-in model files are (a run's model tree is read from <c>{model}.yaml</c> there).</summary>
    public string ModelsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The Chromium used to print reports to PDF (<c>HSO_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>).</summary>
    public string ChromiumPath { get; init; } = Environment.GetEnvironmentVariable("HSO_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
}
