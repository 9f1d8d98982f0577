using HumanSecurity.ClickHouse.Http;

namespace HumanSecurity.ClickHouse.Schema;

/// <summary>Where the store's tables live. Single node: every table is a MergeTree table on the one server. Sharded: the
/// big tables (observation rows, survey tables) are a MergeTree table <c>NAME_local</c> on every shard plus a
/// <c>Distributed</c> table <c>NAME</c> on the first node over the cluster; the small tables live on the first node.
/// DDL goes to each node itself over HTTP (<c>ON CLUSTER</c> would need ZooKeeper).</summary>
internal sealed class ClickHouseLayout(IReadOnlyList<ClickHouseNode> nodes, string? cluster)
{
    public IReadOnlyList<ClickHouseNode> Nodes => nodes;

    /// <summary>The node queries and small tables go to.</summary>
    public ClickHouseNode Home => nodes[0];

    public string? Cluster => cluster;

    public bool IsSharded => cluster is not null;

    public int Shards => nodes.Count;

    public string Local(TableDefinition t) => IsSharded && t.IsSharded ? t.Name + "_local" : t.Name;

    public IReadOnlyList<ClickHouseNode> NodesOf(TableDefinition t) => IsSharded && t.IsSharded ? nodes : [Home];

    public async Task CreateAsync(TableDefinition t, CancellationToken ct)
    {
        var local = Local(t);
        await Task.WhenAll(NodesOf(t).Select(n => n.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {local} ({t.Columns}) {t.Engine}", ct))).ConfigureAwait(false);
        if (IsSharded && t.IsSharded)
            await Home.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {t.Name} AS {local} ENGINE = Distributed({cluster}, {Home.Database}, {local}, {t.ShardKey})", ct)
                .ConfigureAwait(false);
    }

    /// <summary>Drops a table (and its shards); absent tables are fine.</summary>
    public async Task DropAsync(TableDefinition t, CancellationToken ct)
    {
        if (IsSharded && t.IsSharded) await Home.ExecuteAsync($"DROP TABLE IF EXISTS {t.Name}", ct).ConfigureAwait(false);
        var local = Local(t);
        await Task.WhenAll(NodesOf(t).Select(n => n.ExecuteAsync($"DROP TABLE IF EXISTS {local}", ct))).ConfigureAwait(false);
    }

    /// <summary>Removes the rows of one dataset from a dataset-partitioned table on every node that holds it.</summary>
    public Task DropPartitionAsync(TableDefinition t, long datasetId, CancellationToken ct)
    {
        var local = Local(t);
        return Task.WhenAll(NodesOf(t).Select(n => n.ExecuteAsync($"ALTER TABLE {local} DROP PARTITION {datasetId}", ct)));
    }
}
