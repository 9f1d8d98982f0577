using HumanSecurity.ClickHouse;

namespace HumanSecurity.Cli.Commands;

/// <summary>Which store a command uses: a DuckDB file, or a ClickHouse database (one node or a sharded cluster).</summary>
/// <param name="DbPath">The DuckDB file (or <c>:memory:</c>); unused for ClickHouse.</param>
/// <param name="ClickHouse">The ClickHouse store, or null for DuckDB.</param>
internal sealed record StoreLocation(string DbPath, ClickHouseUrl? ClickHouse = null)
{
    /// <summary>Store kinds accepted by <c>--store</c>, for the parser, the help text and errors alike.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["duckdb", "clickhouse"];

    public bool IsClickHouse => ClickHouse is not null;

    /// <summary>How messages name the store: the file name, or the URL without its password.</summary>
    public string Label => ClickHouse?.Display ?? Path.GetFileName(DbPath);

    /// <summary>A location from store text: a <c>clickhouse://</c> URL or a DuckDB file path.</summary>
    public static StoreLocation Parse(string text, string option) =>
        ClickHouseUrl.IsClickHouseUrl(text) ? new StoreLocation("", ClickHouseUrl.Parse(text, option)) : new StoreLocation(text);
}
