namespace HumanSecurity.ClickHouse.Schema;

/// <summary>The ClickHouse store schema as ordered migrations (its own versions, independent of the DuckDB schema's).
/// The concepts are the DuckDB store's: observation rows of integers with dictionaries of codes and labels, datasets,
/// areas with populations, geometries and alternate names, indicators, programmes, survey tables, runs and scores.
/// What differs (docs/store.md): dictionary ids are 63-bit hashes of the text, not dense numbers, so concurrent imports
/// need no coordination; dates are days since 1970 (Int32) and times microseconds since 1970 (Int64) because ClickHouse
/// 18.16's Date and DateTime start in 1970 and have no sub-second part; every table an import writes carries
/// <c>dataset_id</c> and is read only for datasets whose commit marker (a row of <c>datasets</c>) exists.</summary>
internal static class ClickHouseSchema
{
    private const string Owned = "dataset_id UInt64, seq UInt64, ";

    public static TableDefinition ObservationRows { get; } = new("observation_rows",
        "dataset_id UInt64, indicator_id UInt64, area_id UInt64, period_start Int32, period_kind Int8, disaggregation UInt64, " +
        "value Float64, status_id UInt64, source_id UInt64",
        "indicator_id, area_id, period_start, period_kind, disaggregation", "dataset_id", "cityHash64(indicator_id, area_id)");

    /// <summary>Tables written by an import, each partitioned by dataset id.</summary>
    public static IReadOnlyList<TableDefinition> DatasetTables { get; } =
    [
        new("areas", Owned + "code String, name String, kind String, parent Nullable(String), geometry_ref Nullable(String), " +
            "valid_from Nullable(Int32), valid_to Nullable(Int32), alternate_names Nullable(String)", "code, seq", "dataset_id"),
        new("area_populations", Owned + "area String, period_start Int32, period_kind Int8, population Float64",
            "area, period_start, period_kind, seq", "dataset_id"),
        new("area_geometries", Owned + "area String, geojson String", "area, seq", "dataset_id"),
        new("indicators", Owned + "code String, name String, unit String, direction String, cluster Nullable(String), types String, " +
            "impacts String, timeframe String, sdg_target Nullable(String), source Nullable(String), update_frequency Nullable(String), " +
            "licence Nullable(String), description Nullable(String)", "code, seq", "dataset_id"),
        new("programmes", Owned + "id String, title String, status Nullable(String), start_date Nullable(Int32), end_date Nullable(Int32), " +
            "areas String, clusters String, sdgs String, budget Nullable(Float64), currency Nullable(String), leveraged Nullable(Float64), " +
            "funder Nullable(String), prevention UInt8, target_people Nullable(Float64)", "id, seq", "dataset_id"),
        new("indicator_codes", "dataset_id UInt64, id UInt64, code String", "id", "dataset_id"),
        new("area_codes", "dataset_id UInt64, id UInt64, code String", "id", "dataset_id"),
        new("labels", "dataset_id UInt64, id UInt64, text String", "id", "dataset_id"),
        new("disaggregations", "dataset_id UInt64, id UInt64, sex String, age String, grp String, disability String, urbanisation String", "id", "dataset_id"),
        new("survey_tables", "dataset_id UInt64, role String, table_name String, row_count Int64, columns String, shard_column String", "role", "dataset_id"),
        ObservationRows,
    ];

    public static IReadOnlyList<TableDefinition> StoreTables { get; } =
    [
        new("schema_version", "version UInt32, applied_at Int64", "version"),
        new("store_layout", "cluster String, shards UInt32, created_at Int64", "cluster"),
        new("id_claims", "kind String, id UInt64, claimed_at Int64, owner String", "kind, id"),
        new("datasets", "id UInt64, kind String, source_file String, sha256 String, name Nullable(String), imported_at Int64, row_count Int64", "id"),
        new("runs", "id UInt64, kind String, model String, model_hash String, data_version Int64, created_at Int64, parameters_json Nullable(String), " +
            "manifest_json Nullable(String)", "id"),
        new("run_datasets", "run_id UInt64, dataset_id UInt64", "run_id, dataset_id"),
        new("run_deletions", "run_id UInt64, deleted_at Int64", "run_id"),
        new("dataset_access", "dataset_id UInt64, restricted UInt8, changed_at Int64", "dataset_id, changed_at"),
        new("api_tokens", "id UInt64, name String, role String, sha256 String, created_at Int64, created_by Nullable(String)", "id"),
        new("token_revocations", "id UInt64, revoked_at Int64", "id, revoked_at"),
        new("audit_log", "id UInt64, happened_at Int64, actor String, role Nullable(String), action String, target String, outcome String, " +
            "status Nullable(Int32), remote Nullable(String), detail Nullable(String)", "id"),
        new("audit_outcomes", "id UInt64, seq Int64, outcome String, status Int32, detail Nullable(String)", "id, seq"),
        new("scores", "run_id UInt64, seq UInt64, unit String, node String, level Int32, period Nullable(String), score Float64, rank Int32, " +
            "class Nullable(String)", "run_id, seq"),
    ];

    /// <summary>Migration n (1-based) brings a store from version n−1 to n. Never edit a shipped migration: append.</summary>
    public static IReadOnlyList<IReadOnlyList<TableDefinition>> Migrations { get; } =
    [
        // 1: the foundation schema (datasets, catalogue, dictionaries, observations, surveys, runs).
        [.. StoreTables, .. DatasetTables],
    ];

    /// <summary>Rows every new store starts with: dictionary id 0 is the total disaggregation (and "no label").</summary>
    public static IReadOnlyList<string> Seeds { get; } =
    [
        "INSERT INTO disaggregations VALUES (0, 0, '_T', '_T', '_T', '_T', '_T')",
    ];

    public static int CurrentVersion => Migrations.Count;
}
