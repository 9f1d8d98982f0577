using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

/// <summary>The scale-out store: a ClickHouse database on one server or sharded over a cluster, spoken to over HTTP.
/// Safe for concurrent use (every call is its own HTTP request); several processes may read and import at once.
/// What is visible is decided by commit markers: a row of <c>datasets</c> (imports) or <c>runs</c> (saved runs) is
/// written last, in one single-row INSERT, and every read takes only rows of committed ids (docs/store.md).</summary>
public sealed partial class ClickHouseStore : IStore
{
    /// <summary>Rows of committed datasets only (a read-time filter; see the class remarks).</summary>
    internal const string Committed = "dataset_id GLOBAL IN (SELECT id FROM datasets)";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    private ClickHouseStore(ClickHouseUrl url, ClickHouseLayout layout, HttpClient http, bool ownsHttp, int schemaVersion)
    {
        Url = url;
        Layout = layout;
        _http = http;
        _ownsHttp = ownsHttp;
        SchemaVersion = schemaVersion;
    }

    public ClickHouseUrl Url { get; }

    public int SchemaVersion { get; }

    /// <summary>True when the store is sharded over a cluster.</summary>
    public bool IsSharded => Layout.IsSharded;

    internal ClickHouseLayout Layout { get; }

    internal ClickHouseNode Home => Layout.Home;

    /// <summary>Opens (creating when absent) the store database on every node and migrates its schema.</summary>
    /// <exception cref="StoreUnavailableException">A server cannot be reached or refuses us, the cluster is not
    /// configured as the URL says, or the store was created with another layout or a newer schema.</exception>
    /// <param name="url">The store.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <param name="http">A client to share (tests); the store makes its own when null.</param>
    /// <param name="createIfMissing">False: a database that does not exist yet is "store unavailable" instead of created.</param>
    public static async Task<ClickHouseStore> OpenAsync(ClickHouseUrl url, CancellationToken cancellationToken = default, HttpClient? http = null,
        bool createIfMissing = true)
    {
        ArgumentNullException.ThrowIfNull(url);
        var ownsHttp = http is null;
        http ??= CreateHttpClient();
        try
        {
            var auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{url.User}:{url.Password}")));
            var nodes = url.Nodes.Select(n => new ClickHouseNode(http, n, url.Database, auth)).ToList();
            var layout = new ClickHouseLayout(nodes, url.Cluster);
            var version = await ClickHouseMigrations.ApplyAsync(url, layout, createIfMissing, cancellationToken).ConfigureAwait(false);
            return new ClickHouseStore(url, layout, http, ownsHttp, version);
        }
        catch
        {
            if (ownsHttp) http.Dispose();
            throw;
        }
    }

    /// <summary>One client for every node: connections are pooled; idle ones are dropped before ClickHouse's own
    /// keep-alive timeout (3 s by default) closes them under a request.</summary>
    internal static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = DecompressionMethods.None,
        MaxConnectionsPerServer = 32,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Deletes the store's database on every node (tests, <c>hso store copy --replace</c>).</summary>
    public async Task DropAsync(CancellationToken cancellationToken = default) =>
        await Task.WhenAll(Layout.Nodes.Select(n => n.ExecuteAsync($"DROP DATABASE IF EXISTS {n.Database}", false, cancellationToken))).ConfigureAwait(false);

    public ValueTask DisposeAsync()
    {
        if (_ownsHttp) _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
