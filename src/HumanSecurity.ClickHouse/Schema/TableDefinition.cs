namespace HumanSecurity.ClickHouse.Schema;

/// <summary>A MergeTree table of the store.</summary>
/// <param name="Name">Table name (the Distributed table when sharded).</param>
/// <param name="Columns">Column list as in CREATE TABLE.</param>
/// <param name="OrderBy">Sorting key.</param>
/// <param name="PartitionBy">Partition key, or null. Tables written by imports are partitioned by <c>dataset_id</c>, so
/// that an abandoned import is removed with <c>DROP PARTITION</c>.</param>
/// <param name="ShardKey">Sharding expression of the Distributed table, or null for a table kept on the first node only.</param>
internal sealed record TableDefinition(string Name, string Columns, string OrderBy, string? PartitionBy = null, string? ShardKey = null)
{
    public bool IsSharded => ShardKey is not null;

    public string Engine =>
        $"ENGINE = MergeTree(){(PartitionBy is null ? "" : " PARTITION BY " + PartitionBy)} ORDER BY ({OrderBy})";
}
