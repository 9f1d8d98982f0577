using System.Globalization;
using System.Text.RegularExpressions;

namespace HumanSecurity.ClickHouse;

/// <summary>Where a ClickHouse store lives: <c>clickhouse://[USER[:PASSWORD]@]HOST:PORT[,HOST:PORT...]/DATABASE[?cluster=NAME]</c>.
/// PORT is the server's HTTP port (8123 when omitted). One host is a single-node store; several hosts are the shards of
/// the cluster NAME (a <c>remote_servers</c> entry in every server's config listing the same servers), and the first
/// host is the one queries go to.</summary>
public sealed partial record ClickHouseUrl
{
    /// <summary>The accepted form, for help texts and errors.</summary>
    public const string ExpectedForm = "clickhouse://[USER[:PASSWORD]@]HOST[:HTTP_PORT][,HOST[:HTTP_PORT]...]/DATABASE[?cluster=NAME]";

    public const int DefaultPort = 8123;

    private ClickHouseUrl(IReadOnlyList<Uri> nodes, string database, string? cluster, string user, string password)
    {
        Nodes = nodes;
        Database = database;
        Cluster = cluster;
        User = user;
        Password = password;
    }

    /// <summary>HTTP base address of every node; the first is where queries go.</summary>
    public IReadOnlyList<Uri> Nodes { get; }

    public string Database { get; }

    /// <summary>The cluster of the shards, or null for a single node.</summary>
    public string? Cluster { get; }

    public string User { get; }

    public string Password { get; }

    /// <summary>The URL without the password, for messages and labels.</summary>
    public string Display =>
        $"clickhouse://{string.Join(',', Nodes.Select(n => n.Authority))}/{Database}{(Cluster is null ? "" : "?cluster=" + Cluster)}";

    public override string ToString() => Display;

    /// <summary>True when <paramref name="text"/> looks like a ClickHouse URL (scheme <c>clickhouse://</c>).</summary>
    public static bool IsClickHouseUrl(string? text) => text?.StartsWith("clickhouse://", StringComparison.OrdinalIgnoreCase) == true;

    /// <exception cref="InvalidInputException">The text is not of the <see cref="ExpectedForm"/>.</exception>
    public static ClickHouseUrl Parse(string text, string option = "--clickhouse-url")
    {
        if (TryParse(text, out var url, out var error)) return url;
        throw new InvalidInputException(option, $"'{text}' is not a ClickHouse store URL: {error}; expected {ExpectedForm}");
    }

    public static bool TryParse(string? text, out ClickHouseUrl url, out string error)
    {
        url = null!;
        var m = UrlPattern().Match(text ?? "");
        if (!m.Success)
        {
            error = "it does not have the form scheme://hosts/database";
            return false;
        }
        var database = m.Groups["db"].Success && m.Groups["db"].Length > 0 ? m.Groups["db"].Value : "hso";
        if (!IdentifierPattern().IsMatch(database))
        {
            error = $"database '{database}' must be letters, digits and _ (not starting with a digit)";
            return false;
        }
        var nodes = new List<Uri>();
        foreach (var host in m.Groups["hosts"].Value.Split(','))
        {
            if (!TryNode(host, out var node, out error)) return false;
            nodes.Add(node);
        }
        if (!TryCluster(m.Groups["query"].Value, nodes.Count, out var cluster, out error)) return false;
        var user = m.Groups["user"].Success ? Uri.UnescapeDataString(m.Groups["user"].Value) : "default";
        var password = m.Groups["password"].Success ? Uri.UnescapeDataString(m.Groups["password"].Value) : "";
        url = new ClickHouseUrl(nodes, database, cluster, user, password);
        return true;
    }

    private static bool TryNode(string host, out Uri node, out string error)
    {
        node = null!;
        error = "";
        var m = HostPattern().Match(host);
        if (!m.Success)
        {
            error = $"host '{host}' is not HOST or HOST:PORT";
            return false;
        }
        var port = DefaultPort;
        if (m.Groups["port"].Success && (!int.TryParse(m.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            error = $"port '{m.Groups["port"].Value}' must be between 1 and 65535";
            return false;
        }
        node = new Uri($"http://{m.Groups["host"].Value}:{port.ToString(CultureInfo.InvariantCulture)}/");
        return true;
    }

    private static bool TryCluster(string query, int hosts, out string? cluster, out string error)
    {
        cluster = null;
        error = "";
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=') is var i and >= 0 ? (pair[..i], Uri.UnescapeDataString(pair[(i + 1)..])) : (pair, "");
            if (key != "cluster")
            {
                error = $"unknown parameter '{key}' (only 'cluster' is accepted)";
                return false;
            }
            cluster = value;
        }
        if (cluster is not null && !IdentifierPattern().IsMatch(cluster))
        {
            error = $"cluster '{cluster}' must be letters, digits and _";
            return false;
        }
        if (hosts > 1 && cluster is null) error = "several hosts need ?cluster=NAME (the remote_servers entry listing them as shards)";
        else if (hosts == 1 && cluster is not null) error = "?cluster=NAME needs the HTTP address of every shard (HOST:PORT,HOST:PORT)";
        return error.Length == 0;
    }

    [GeneratedRegex(@"^clickhouse://(?:(?<user>[^:@/]+)(?::(?<password>[^@/]*))?@)?(?<hosts>[^/?@]+)(?:/(?<db>[^/?]*))?(?:\?(?<query>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(?<host>[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(?::(?<port>[0-9]+))?$")]
    private static partial Regex HostPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
