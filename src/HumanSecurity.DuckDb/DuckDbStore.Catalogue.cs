using System.Data.Common;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    public Task<IReadOnlyList<Dataset>> GetDatasetsAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<Dataset>>(() => ReadAll(DatasetsSql + " ORDER BY d.id", ReadDataset), cancellationToken);

    /// <summary>Datasets with their effective access: marked restricted, or survey microdata.</summary>
    private const string DatasetsSql = """
        SELECT d.id, d.kind, d.source_file, d.sha256, d.name, d.imported_at, d.row_count,
            coalesce(a.restricted, false) OR d.kind = 'Survey' AS restricted
        FROM datasets d LEFT JOIN dataset_access a ON a.dataset_id = d.id
        """;

    private static Dataset ReadDataset(DbDataReader r) =>
        new(r.GetInt64(0), Enum.Parse<DatasetKind>(r.GetString(1)), r.GetString(2), r.GetString(3),
            new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc)), r.GetInt64(6))
        { Name = Sql.NullableString(r, 4), Restricted = r.GetBoolean(7) };

    public Task<IReadOnlyList<Area>> GetAreasAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<Area>>(() =>
        {
            var populations = new Dictionary<string, List<AreaPopulation>>(StringComparer.Ordinal);
            foreach (var (area, pop) in ReadAll("SELECT area, period_start, period_kind, population FROM area_populations ORDER BY area, period_start, period_kind",
                         r => (r.GetString(0), new AreaPopulation(Sql.ToPeriod(r.GetFieldValue<DateOnly>(1), r.GetFieldValue<sbyte>(2)), r.GetDouble(3)))))
            {
                if (!populations.TryGetValue(area, out var list)) populations[area] = list = [];
                list.Add(pop);
            }
            return ReadAll($"SELECT {AreaColumns} FROM areas ORDER BY code",
                r => ReadArea(r) with { Populations = populations.TryGetValue(r.GetString(0), out var p) ? p : [] });
        }, cancellationToken);

    private const string AreaColumns = "code, name, kind, parent, geometry_ref, valid_from, valid_to, alternate_names";

    private static Area ReadArea(DbDataReader r)
    {
        AreaKinds.TryParse(r.GetString(2), out var kind);
        return new Area(r.GetString(0), r.GetString(1), kind, Sql.NullableString(r, 3))
        {
            GeometryRef = Sql.NullableString(r, 4),
            ValidFrom = Sql.NullableDate(r, 5),
            ValidTo = Sql.NullableDate(r, 6),
            AlternateNames = Sql.NamesFromJson(Sql.NullableString(r, 7)),
        };
    }

    public Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<Indicator>>(() => ReadAll($"SELECT {IndicatorColumns} FROM indicators ORDER BY code", ReadIndicator), cancellationToken);

    private const string IndicatorColumns =
        "code, name, unit, direction, cluster, types, impacts, timeframe, sdg_target, source, update_frequency, licence, description";

    private static Indicator ReadIndicator(DbDataReader r)
    {
        IndicatorVocabulary.TryParseDirection(r.GetString(3), out var direction);
        IndicatorVocabulary.TryParseTypes(r.GetString(5), out var types);
        IndicatorVocabulary.TryParseImpacts(r.GetString(6), out var impacts);
        IndicatorVocabulary.TryParseTimeframe(r.GetString(7), out var timeframe);
        ThreatCluster? cluster = IndicatorVocabulary.TryParseCluster(Sql.NullableString(r, 4), out var c) ? c : null;
        return new Indicator(r.GetString(0), r.GetString(1), r.GetString(2), direction)
        {
            Cluster = cluster, Types = types, Impacts = impacts, Timeframe = timeframe, SdgTarget = Sql.NullableString(r, 8),
            Source = Sql.NullableString(r, 9), UpdateFrequency = Sql.NullableString(r, 10), Licence = Sql.NullableString(r, 11),
            Description = Sql.NullableString(r, 12),
        };
    }

    public Task<IReadOnlyDictionary<string, string>> GetGeometriesAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyDictionary<string, string>>(() =>
            ReadAll("SELECT area, geojson FROM area_geometries ORDER BY area", r => (r.GetString(0), r.GetString(1)))
                .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal), cancellationToken);

    public Task<IReadOnlyList<Programme>> GetProgrammesAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<Programme>>(() => ReadAll($"SELECT {ProgrammeColumns} FROM programmes ORDER BY id", ReadProgramme), cancellationToken);

    private const string ProgrammeColumns =
        "id, title, status, start_date, end_date, areas, clusters, sdgs, budget, currency, leveraged, funder, prevention, target_people";

    private static Programme ReadProgramme(DbDataReader r) => new(r.GetString(0), r.GetString(1))
    {
        Status = Sql.NullableString(r, 2), Start = Sql.NullableDate(r, 3), End = Sql.NullableDate(r, 4),
        Areas = Sql.SplitList(r.GetString(5)),
        Clusters = Sql.SplitList(r.GetString(6)).Select(t => IndicatorVocabulary.TryParseCluster(t, out var c) ? c : (ThreatCluster?)null)
            .OfType<ThreatCluster>().ToList(),
        Sdgs = Sql.SplitList(r.GetString(7)), Budget = Sql.NullableDouble(r, 8), Currency = Sql.NullableString(r, 9),
        Leveraged = Sql.NullableDouble(r, 10), Funder = Sql.NullableString(r, 11), Prevention = r.GetBoolean(12),
        TargetPeople = Sql.NullableDouble(r, 13),
    };

    public Task<Tables.ColumnTable?> GetSurveyTableAsync(long datasetId, string role, CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            using var command = Sql.Command(_connection, "SELECT table_name FROM survey_tables WHERE dataset_id = ? AND role = ?", datasetId, role);
            return command.ExecuteScalar() is string table ? SurveyTables.Read(_connection, table, role) : null;
        }, cancellationToken);

    public Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            var byKind = new Dictionary<AreaKind, long>();
            foreach (var (kind, n) in ReadAll("SELECT kind, count(*) FROM areas GROUP BY kind", r => (r.GetString(0), r.GetInt64(1))))
                if (AreaKinds.TryParse(kind, out var k)) byKind[k] = n;
            long Count(string sql) => Sql.Long(_connection, sql);
            return new StoreSummary(SchemaVersion, Count("SELECT count(*) FROM datasets"), byKind, Count("SELECT count(*) FROM indicators"),
                Count("SELECT count(*) FROM observation_rows"), Count("SELECT coalesce(sum(row_count), 0)::BIGINT FROM survey_tables WHERE role = 'households'"),
                Count("SELECT coalesce(sum(row_count), 0)::BIGINT FROM survey_tables WHERE role = 'persons'"), Count("SELECT count(*) FROM programmes"),
                Count("SELECT count(*) FROM runs"));
        }, cancellationToken);

    private List<T> ReadAll<T>(string sql, Func<DbDataReader, T> map, params object?[] parameters)
    {
        using var command = Sql.Command(_connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }
}
