namespace HumanSecurity.Web;

/// <summary>How the observatory web server runs. It always binds to 127.0.0.1 (loopback) only.</summary>
public sealed record WebOptions
{
    public const int DefaultPort = 5080;

    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>What the page says the data comes from, e.g. the store file name.</summary>
    public string? StoreLabel { get; init; }
}
