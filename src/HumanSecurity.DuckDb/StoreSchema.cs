namespace HumanSecurity.DuckDb;

/// <summary>The store schema as ordered migrations. Migration <c>n</c> (1-based) brings a store from version
/// <c>n-1</c> to <c>n</c>; a store remembers its version in <c>schema_version</c>. Never edit a shipped migration:
/// append a new one.</summary>
internal static class StoreSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the foundation schema.
        """
        CREATE TABLE datasets (
            id BIGINT PRIMARY KEY, kind VARCHAR NOT NULL, source_file VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
            name VARCHAR, imported_at TIMESTAMP NOT NULL, row_count BIGINT NOT NULL);
        CREATE TABLE areas (
            code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, parent VARCHAR,
            geometry_ref VARCHAR, dataset_id BIGINT NOT NULL);
        CREATE TABLE area_populations (
            area VARCHAR NOT NULL, period VARCHAR NOT NULL, period_start DATE NOT NULL, period_kind TINYINT NOT NULL,
            population DOUBLE NOT NULL, dataset_id BIGINT NOT NULL, PRIMARY KEY (area, period));
        CREATE TABLE area_geometries (area VARCHAR PRIMARY KEY, geojson VARCHAR NOT NULL, dataset_id BIGINT NOT NULL);
        CREATE TABLE indicators (
            code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, unit VARCHAR NOT NULL, direction VARCHAR NOT NULL,
            cluster VARCHAR, types VARCHAR NOT NULL, impacts VARCHAR NOT NULL, timeframe VARCHAR NOT NULL,
            sdg_target VARCHAR, source VARCHAR, update_frequency VARCHAR, licence VARCHAR, description VARCHAR,
            dataset_id BIGINT NOT NULL);
        CREATE TABLE observations (
            dataset_id BIGINT NOT NULL, indicator VARCHAR NOT NULL, area VARCHAR NOT NULL, period VARCHAR NOT NULL,
            period_start DATE NOT NULL, period_kind TINYINT NOT NULL, sex VARCHAR NOT NULL, age VARCHAR NOT NULL,
            grp VARCHAR NOT NULL, disability VARCHAR NOT NULL, urbanisation VARCHAR NOT NULL, value DOUBLE NOT NULL,
            status VARCHAR, source VARCHAR);
        CREATE TABLE survey_tables (
            dataset_id BIGINT NOT NULL, role VARCHAR NOT NULL, table_name VARCHAR NOT NULL, row_count BIGINT NOT NULL,
            columns VARCHAR NOT NULL, PRIMARY KEY (dataset_id, role));
        CREATE TABLE programmes (
            id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, status VARCHAR, start_date DATE, end_date DATE,
            areas VARCHAR NOT NULL, clusters VARCHAR NOT NULL, sdgs VARCHAR NOT NULL, budget DOUBLE, currency VARCHAR,
            leveraged DOUBLE, funder VARCHAR, prevention BOOLEAN NOT NULL, target_people DOUBLE, dataset_id BIGINT NOT NULL);
        CREATE TABLE runs (
            id BIGINT PRIMARY KEY, kind VARCHAR NOT NULL, model VARCHAR NOT NULL, model_hash VARCHAR NOT NULL,
            data_version BIGINT NOT NULL, created_at TIMESTAMP NOT NULL, parameters_json VARCHAR);
        CREATE TABLE scores (
            run_id BIGINT NOT NULL, unit VARCHAR NOT NULL, node VARCHAR NOT NULL, level INTEGER NOT NULL,
            period VARCHAR, score DOUBLE, rank INTEGER NOT NULL, class VARCHAR);
        """,
    ];

    /// <summary>The version this code writes and understands.</summary>
    public static int CurrentVersion => Migrations.Count;
}
