using HumanSecurity.Areas;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore
{
    /// <summary>Rows of the datasets in the snapshot table <c>hso_ds</c> (see <see cref="SnapshotAsync"/>).</summary>
    internal const string InSnapshot = "dataset_id IN hso_ds";

    /// <summary>The committed dataset ids, sent with every statement of a call that reads several tables, so that the
    /// statements see the same imports even when one commits in between.</summary>
    internal async Task<ExternalTable> SnapshotAsync(CancellationToken ct)
    {
        var rows = await Home.QueryAsync("SELECT id FROM datasets", ct).ConfigureAwait(false);
        return ExternalTable.Ids("hso_ds", rows.Select(r => TsvReader.ULong(r[0])));
    }

    /// <summary>The latest committed version of each key of a catalogue table: later datasets replace earlier ones, and
    /// within one import the row added last wins.</summary>
    internal static string Latest(string table, string columns, string key, string filter = Committed) =>
        $"SELECT {columns} FROM {table} WHERE {filter} ORDER BY {key}, dataset_id DESC, seq DESC LIMIT 1 BY {key}";

    public async Task<IReadOnlyList<Dataset>> GetDatasetsAsync(CancellationToken cancellationToken = default)
    {
        // Effective access: marked restricted, or survey microdata (always restricted).
        var rows = await Home.QueryAsync($"""
            SELECT id, kind, source_file, sha256, name, imported_at, row_count, restricted = 1 OR kind = 'Survey' FROM datasets
            ANY LEFT JOIN (SELECT dataset_id AS id, restricted FROM {AccessMarks}) USING id ORDER BY id
            """, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new Dataset(TsvReader.Long(r[0]), Enum.Parse<DatasetKind>(r[1]!), r[2]!, r[3]!, Times.FromMicros(TsvReader.Long(r[5])),
            TsvReader.Long(r[6])) { Name = r[4], Restricted = r[7] == "1" }).ToList();
    }

    public async Task<IReadOnlyList<Area>> GetAreasAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var populations = new Dictionary<string, List<AreaPopulation>>(StringComparer.Ordinal);
        var popSql = Latest("area_populations", "area, period_start, period_kind, population", "area, period_start, period_kind", InSnapshot);
        foreach (var r in await Home.QueryAsync(popSql, cancellationToken, snapshot).ConfigureAwait(false))
        {
            if (!populations.TryGetValue(r[0]!, out var list)) populations[r[0]!] = list = [];
            list.Add(ReadPopulation(r, 1));
        }
        var rows = await Home.QueryAsync(Latest("areas", AreaColumns, "code", InSnapshot), cancellationToken, snapshot).ConfigureAwait(false);
        return rows.Select(r => ReadArea(r) with { Populations = populations.TryGetValue(r[0]!, out var p) ? p : [] }).ToList();
    }

    private const string AreaColumns = "code, name, kind, parent, geometry_ref, valid_from, valid_to, alternate_names";

    private const string IndicatorColumns =
        "code, name, unit, direction, cluster, types, impacts, timeframe, sdg_target, source, update_frequency, licence, description";

    private const string ProgrammeColumns =
        "id, title, status, start_date, end_date, areas, clusters, sdgs, budget, currency, leveraged, funder, prevention, target_people";

    private static Area ReadArea(string?[] r)
    {
        AreaKinds.TryParse(r[2]!, out var kind);
        return new Area(r[0]!, r[1]!, kind, r[3])
        {
            GeometryRef = r[4], ValidFrom = Times.FromDays(TsvReader.NullableInt(r[5])), ValidTo = Times.FromDays(TsvReader.NullableInt(r[6])),
            AlternateNames = StoreEncoding.NamesFromJson(r[7]),
        };
    }

    private static AreaPopulation ReadPopulation(string?[] r, int at) =>
        new(StoreEncoding.ToPeriod(Times.FromDays(TsvReader.Int(r[at])), (sbyte)TsvReader.Int(r[at + 1])), TsvReader.Double(r[at + 2]));

    public async Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync(Latest("indicators", IndicatorColumns, "code"), cancellationToken).ConfigureAwait(false);
        return rows.Select(ReadIndicator).ToList();
    }

    private static Indicator ReadIndicator(string?[] r)
    {
        IndicatorVocabulary.TryParseDirection(r[3]!, out var direction);
        IndicatorVocabulary.TryParseTypes(r[5]!, out var types);
        IndicatorVocabulary.TryParseImpacts(r[6]!, out var impacts);
        IndicatorVocabulary.TryParseTimeframe(r[7]!, out var timeframe);
        ThreatCluster? cluster = IndicatorVocabulary.TryParseCluster(r[4], out var c) ? c : null;
        return new Indicator(r[0]!, r[1]!, r[2]!, direction)
        {
            Cluster = cluster, Types = types, Impacts = impacts, Timeframe = timeframe, SdgTarget = r[8], Source = r[9],
            UpdateFrequency = r[10], Licence = r[11], Description = r[12],
        };
    }

    public async Task<IReadOnlyDictionary<string, string>> GetGeometriesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync(Latest("area_geometries", "area, geojson", "area"), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r[0]!, r => r[1]!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Programme>> GetProgrammesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync(Latest("programmes", ProgrammeColumns, "id"), cancellationToken).ConfigureAwait(false);
        return rows.Select(ReadProgramme).ToList();
    }

    private static Programme ReadProgramme(string?[] r) => new(r[0]!, r[1]!)
    {
            Status = r[2], Start = Times.FromDays(TsvReader.NullableInt(r[3])), End = Times.FromDays(TsvReader.NullableInt(r[4])),
            Areas = StoreEncoding.SplitList(r[5]!),
            Clusters = StoreEncoding.SplitList(r[6]!).Select(t => IndicatorVocabulary.TryParseCluster(t, out var c) ? c : (ThreatCluster?)null)
                .OfType<ThreatCluster>().ToList(),
            Sdgs = StoreEncoding.SplitList(r[7]!), Budget = TsvReader.NullableDouble(r[8]), Currency = r[9],
            Leveraged = TsvReader.NullableDouble(r[10]), Funder = r[11], Prevention = r[12] == "1", TargetPeople = TsvReader.NullableDouble(r[13]),
    };

    public async Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var byKind = new Dictionary<AreaKind, long>();
        var kinds = await Home.QueryAsync($"SELECT kind, count() FROM ({Latest("areas", "code, kind", "code", InSnapshot)}) GROUP BY kind",
            cancellationToken, snapshot).ConfigureAwait(false);
        foreach (var r in kinds)
            if (AreaKinds.TryParse(r[0]!, out var k)) byKind[k] = TsvReader.Long(r[1]);
        var counts = await Home.QueryAsync($"""
            SELECT
                (SELECT count() FROM hso_ds),
                (SELECT uniqExact(code) FROM indicators WHERE {InSnapshot}),
                (SELECT count() FROM observation_rows WHERE {InSnapshot}),
                (SELECT sum(row_count) FROM survey_tables WHERE {InSnapshot} AND role = 'households'),
                (SELECT sum(row_count) FROM survey_tables WHERE {InSnapshot} AND role = 'persons'),
                (SELECT uniqExact(id) FROM programmes WHERE {InSnapshot}),
                (SELECT count() FROM runs WHERE id NOT IN (SELECT run_id FROM run_deletions))
            """, cancellationToken, snapshot).ConfigureAwait(false);
        var c = counts[0].Select(TsvReader.Long).ToArray();
        return new StoreSummary(SchemaVersion, c[0], byKind, c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
