using System.Globalization;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse.Schema;

/// <summary>Creates the database on every node, checks the cluster and the layout the store was created with, and
/// applies missing migrations. Idempotent (CREATE ... IF NOT EXISTS), so two processes opening a new store at once
/// end up with one schema.</summary>
internal static class ClickHouseMigrations
{
    public static async Task<int> ApplyAsync(ClickHouseUrl url, ClickHouseLayout layout, bool create, CancellationToken ct)
    {
        if (layout.Cluster is { } cluster) await CheckClusterAsync(url, layout.Home, cluster, layout.Shards, ct).ConfigureAwait(false);
        if (!create && !await ExistsAsync(url, layout.Home, ct).ConfigureAwait(false))
            throw new StoreUnavailableException(url.Display,
                $"{url.Display}: no store here (no database '{url.Database}' on {layout.Home.Label}); run 'hso init --clickhouse-url {url.Display}' or import into it first");
        await Task.WhenAll(layout.Nodes.Select(n => n.ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {url.Database}", false, ct))).ConfigureAwait(false);
        var home = layout.Home;
        var current = await CurrentAsync(home, ct).ConfigureAwait(false);
        if (current > ClickHouseSchema.CurrentVersion)
            throw new StoreUnavailableException(url.Display,
                $"store '{url.Display}' has schema version {current}, newer than this hso understands ({ClickHouseSchema.CurrentVersion}); upgrade hso");
        for (var v = current + 1; v <= ClickHouseSchema.CurrentVersion; v++)
        {
            // Independent tables: created concurrently (a new store is opened by every test of the contract suite).
            await Task.WhenAll(ClickHouseSchema.Migrations[v - 1].Select(t => layout.CreateAsync(t, ct))).ConfigureAwait(false);
            if (v == 1)
                foreach (var seed in ClickHouseSchema.Seeds) await home.ExecuteAsync(seed, ct).ConfigureAwait(false);
            var row = new RowBinaryWriter();
            row.UInt32((uint)v);
            row.Int64(Times.ToMicros(DateTimeOffset.UtcNow));
            await home.InsertAsync("schema_version", "version, applied_at", row, ct).ConfigureAwait(false);
        }
        await CheckLayoutAsync(url, layout, ct).ConfigureAwait(false);
        return Math.Max(current, ClickHouseSchema.CurrentVersion);
    }

    private static async Task<bool> ExistsAsync(ClickHouseUrl url, ClickHouseNode home, CancellationToken ct)
    {
        // The database name is a validated identifier (ClickHouseUrl).
        var rows = await home.QueryAsync($"SELECT count() FROM system.tables WHERE database = '{url.Database}' AND name = 'schema_version'", false, ct).ConfigureAwait(false);
        return rows[0][0] != "0";
    }

    private static async Task<int> CurrentAsync(ClickHouseNode home, CancellationToken ct)
    {
        var exists = await home.QueryAsync("EXISTS TABLE schema_version", ct).ConfigureAwait(false);
        if (exists.Count == 0 || exists[0][0] != "1") return 0;
        var rows = await home.QueryAsync("SELECT max(version) FROM schema_version", ct).ConfigureAwait(false);
        return TsvReader.Int(rows[0][0]);
    }

    private static async Task CheckClusterAsync(ClickHouseUrl url, ClickHouseNode home, string cluster, int shards, CancellationToken ct)
    {
        // The cluster name is a validated identifier (ClickHouseUrl), so it may stand in the SQL text as a literal.
        var rows = await home.QueryAsync($"SELECT uniqExact(shard_num) FROM system.clusters WHERE cluster = '{cluster}'", false, ct).ConfigureAwait(false);
        var found = TsvReader.Int(rows[0][0]);
        if (found != shards)
            throw new StoreUnavailableException(url.Display, found == 0
                ? $"cluster '{cluster}' is not configured on {home.Label} (remote_servers in its config); the URL names {shards} shard(s)"
                : $"cluster '{cluster}' on {home.Label} has {found} shard(s), but the URL lists {shards} host(s); list the HTTP address of every shard");
    }

    private static async Task CheckLayoutAsync(ClickHouseUrl url, ClickHouseLayout layout, CancellationToken ct)
    {
        var rows = await layout.Home.QueryAsync("SELECT cluster, shards FROM store_layout LIMIT 1", ct).ConfigureAwait(false);
        var cluster = layout.Cluster ?? "";
        if (rows.Count == 0)
        {
            var row = new RowBinaryWriter();
            row.String(cluster);
            row.UInt32((uint)layout.Shards);
            row.Int64(Times.ToMicros(DateTimeOffset.UtcNow));
            await layout.Home.InsertAsync("store_layout", "cluster, shards, created_at", row, ct).ConfigureAwait(false);
            return;
        }
        var (storedCluster, storedShards) = (rows[0][0] ?? "", TsvReader.Int(rows[0][1]));
        if (storedCluster != cluster || storedShards != layout.Shards)
            throw new StoreUnavailableException(url.Display, string.Create(CultureInfo.InvariantCulture,
                $"store '{url.Display}' was created {(storedCluster.Length == 0 ? "on a single node" : $"on cluster '{storedCluster}' with {storedShards} shard(s)")}; open it with the same layout"));
    }
}
