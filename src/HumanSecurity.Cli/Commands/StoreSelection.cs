using System.CommandLine;

namespace HumanSecurity.Cli.Commands;

/// <summary>The store options every store command takes: <c>--db PATH</c> (a DuckDB file, default <c>$HSO_DB</c>, else
/// <c>./hso.duckdb</c>; a <c>clickhouse://</c> URL is accepted there too), <c>--store duckdb|clickhouse</c> and
/// <c>--clickhouse-url URL</c> (default <c>$HSO_CLICKHOUSE_URL</c>). Giving <c>--clickhouse-url</c> selects ClickHouse.</summary>
internal sealed class StoreSelection
{
    /// <param name="db">The command's own <c>--db</c> option (index and poverty runs, where no --db means file mode); by
    /// default <see cref="StoreOptions.Db"/>.</param>
    public StoreSelection(Option<string?>? db = null)
    {
        Db = db ?? new Option<string?>("--db")
        {
            Description = "Store file (default: $HSO_DB, else ./hso.duckdb), or a clickhouse:// URL",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HSO_DB") is { Length: > 0 } env ? env : StoreOptions.DefaultPath,
        };
        Store = new Option<string?>("--store") { Description = $"Store kind: {string.Join(" or ", StoreLocation.Kinds)} (default duckdb; clickhouse when --clickhouse-url is given)" };
        Store.AcceptOnlyFromAmong([.. StoreLocation.Kinds]);
        ClickHouseUrl = new Option<string?>("--clickhouse-url")
        {
            Description = $"ClickHouse store (with --store clickhouse; default $HSO_CLICKHOUSE_URL): {HumanSecurity.ClickHouse.ClickHouseUrl.ExpectedForm}",
        };
    }

    public Option<string?> Db { get; }

    public Option<string?> Store { get; }

    public Option<string?> ClickHouseUrl { get; }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Db);
        command.Options.Add(Store);
        command.Options.Add(ClickHouseUrl);
    }

    /// <summary>True when the command line names ClickHouse (<c>--store clickhouse</c>, <c>--clickhouse-url</c>, or a URL in <c>--db</c>).</summary>
    public bool NamesClickHouse(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(Store) == "clickhouse" || parse.GetValue(ClickHouseUrl) is not null
            || HumanSecurity.ClickHouse.ClickHouseUrl.IsClickHouseUrl(parse.GetValue(Db));
    }

    /// <summary>The store the command line names.</summary>
    /// <exception cref="UsageException">Contradicting options, or ClickHouse without a URL.</exception>
    /// <exception cref="InvalidInputException">The URL is not of the expected form.</exception>
    public StoreLocation Resolve(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var kind = parse.GetValue(Store);
        var url = parse.GetValue(ClickHouseUrl);
        var dbGiven = parse.GetResult(Db) is { Implicit: false };
        var db = parse.GetValue(Db) ?? Environment.GetEnvironmentVariable("HSO_DB") ?? StoreOptions.DefaultPath;
        var dbIsUrl = HumanSecurity.ClickHouse.ClickHouseUrl.IsClickHouseUrl(db);
        if (kind == "duckdb" && (url is not null || dbIsUrl)) throw new UsageException("--store duckdb takes a DuckDB file in --db PATH, not a ClickHouse URL");
        if (url is not null && dbGiven) throw new UsageException("give --db PATH (DuckDB) or --clickhouse-url URL (ClickHouse), not both");
        if (kind == "clickhouse" && url is null && !dbIsUrl)
        {
            url = Environment.GetEnvironmentVariable("HSO_CLICKHOUSE_URL") is { Length: > 0 } env ? env
                : throw new UsageException($"--store clickhouse needs --clickhouse-url {HumanSecurity.ClickHouse.ClickHouseUrl.ExpectedForm} (or $HSO_CLICKHOUSE_URL)");
        }
        return url is not null ? new StoreLocation("", HumanSecurity.ClickHouse.ClickHouseUrl.Parse(url, "--clickhouse-url")) : StoreLocation.Parse(db, "--db");
    }
}
