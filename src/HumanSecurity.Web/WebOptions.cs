namespace HumanSecurity.Web;

/// <summary>How the observatory web server runs. It always binds to 127.0.0.1 (loopback) only.</summary>
public sealed record WebOptions
{
    public const int DefaultPort = 5080;

    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>What the page says the data comes from, e.g. the store file name.</summary>
    public string? StoreLabel { get; init; }

    /// <summary>Where the built-in model files are (a run's model tree is read from <c>{model}.yaml</c> there).</summary>
    public string ModelsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The Chromium used to print reports to PDF (<c>HSO_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>).</summary>
    public string ChromiumPath { get; init; } = Environment.GetEnvironmentVariable("HSO_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
}
