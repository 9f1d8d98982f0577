using HumanSecurity.Tables;

namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>A stored survey table as the pushdown sees it: user column names resolve to the table's positional
/// columns (<c>c0, c1, ...</c>), so no name a user wrote enters the SQL.</summary>
internal sealed class SurveySource(ClickHouseStore store, ClickHouseStore.SurveyTableInfo info, string role)
{
    /// <summary>More distinct values than this in a text column used by a rule: declined (the mapping is sent as hashes).</summary>
    private const int MaxDistinct = 100_000;

    public ClickHouseStore.SurveyTableInfo Info => info;

    public string Role => role;

    /// <summary>The table to read (the Distributed table when sharded).</summary>
    public string Table => info.Table;

    /// <summary>The table's shard-local name, qualified by database (for joins that run on each shard).</summary>
    public string LocalTable => store.Layout.IsSharded ? $"{store.Home.Database}.{info.Table}_local" : $"{store.Home.Database}.{info.Table}";

    public (string Sql, bool Numeric) Column(string name) =>
        info.Find(name) ?? throw new SurveyDeclinedException($"{role} column '{name}' is not in the table");

    /// <summary>A column that must be numeric in the store (the in-memory path would parse text values).</summary>
    public string Numeric(string name, string what)
    {
        var (sql, numeric) = Column(name);
        return numeric ? sql : throw new SurveyDeclinedException($"{what} column '{name}' holds text; its values are parsed in process");
    }

    public bool IsShardedBy(string name) => info.ShardColumn.Length > 0 && string.Equals(info.ShardColumn, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The empty table with this table's column names and kinds (for <see cref="Poverty.SurveyPlan.TryCreate"/>).</summary>
    public ColumnTable Schema() =>
        new(role, [.. info.Columns.Select(c => c.Numeric ? (Column)new NumericColumn(c.Name, []) : new TextColumn(c.Name, []))]);

    /// <summary>Every distinct value of a text column, null included.</summary>
    public async Task<List<string?>> DistinctAsync(string column, CancellationToken ct)
    {
        var rows = await store.Home.QueryAsync($"SELECT DISTINCT {column} FROM {Table} LIMIT {MaxDistinct + 1}", ct).ConfigureAwait(false);
        if (rows.Count > MaxDistinct)
            throw new SurveyDeclinedException($"a text column of the {role} table used by a rule has more than {MaxDistinct:N0} distinct values");
        return rows.Select(r => r[0]).ToList();
    }
}
