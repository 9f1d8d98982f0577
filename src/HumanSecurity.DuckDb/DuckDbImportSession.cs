using DuckDB.NET.Data;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.DuckDb;

/// <summary>An atomic import into a <see cref="DuckDbStore"/>. Everything is appended into a private in-memory staging
/// database (<c>ATTACH ':memory:'</c>) and copied into the store in one transaction by <see cref="CommitAsync"/>; until
/// then the store file is not written at all, so a failed or abandoned import leaves it byte-for-byte unchanged (see
/// docs/store.md for why staging is needed: DuckDB's rollback of a large append leaves the file grown).</summary>
internal sealed partial class DuckDbImportSession : IImportSession
{
    private readonly DuckDbStore _store;
    private readonly DuckDBConnection _connection;
    private readonly DatasetInfo _info;
    private readonly Dictionary<string, string> _surveyTables = new(StringComparer.Ordinal);
    private readonly ObservationStager _observations;
    private bool _done;

    private DuckDbImportSession(DuckDbStore store, DuckDBConnection connection, DatasetInfo info, string stage)
    {
        _store = store;
        _connection = connection;
        _info = info;
        Stage = stage;
        _observations = new ObservationStager(connection);
    }

    /// <summary>Name of the attached staging catalog.</summary>
    public string Stage { get; }

    internal static DuckDbImportSession Begin(DuckDbStore store, DuckDBConnection connection, DatasetInfo info, int number)
    {
        var stage = $"hso_stage_{number}";
        DuckDbStore.Execute(connection, $"ATTACH ':memory:' AS {stage}");
        foreach (var table in StagedTables)
            DuckDbStore.Execute(connection, $"CREATE TABLE {stage}.{table} AS SELECT * EXCLUDE (dataset_id) FROM main.{table} LIMIT 0");
        return new DuckDbImportSession(store, connection, info, stage);
    }

    /// <summary>Tables whose rows an import stages (same columns as the store table, minus <c>dataset_id</c>).</summary>
    internal static IReadOnlyList<string> StagedTables { get; } =
        ["areas", "area_populations", "area_geometries", "indicators", "programmes"];

    /// <summary>Primary key of each staged table.</summary>
    private static readonly Dictionary<string, string> StagedKeys = new()
    {
        ["areas"] = "code", ["area_populations"] = "area, period", ["area_geometries"] = "area", ["indicators"] = "code", ["programmes"] = "id",
    };

    public Task AddAreasAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            using (var a = _connection.CreateAppender(Stage, "main", "areas"))
            {
                foreach (var area in areas)
                    a.CreateRow().AppendValue(area.Code).AppendValue(area.Name).AppendValue(area.Kind.ToCode())
                        .AppendValue(area.ParentCode).AppendValue(area.GeometryRef).AppendValue(area.ValidFrom).AppendValue(area.ValidTo)
                        .AppendValue(Sql.NamesToJson(area.AlternateNames)).EndRow();
            }
            using var p = _connection.CreateAppender(Stage, "main", "area_populations");
            foreach (var area in areas)
            {
                foreach (var pop in area.Populations)
                    p.CreateRow().AppendValue(area.Code).AppendValue(pop.Period.ToString()).AppendValue(pop.Period.Start)
                        .AppendValue((sbyte)pop.Period.Kind).AppendValue(pop.Population).EndRow();
            }
        }, cancellationToken);

    public Task AddIndicatorsAsync(IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            using var a = _connection.CreateAppender(Stage, "main", "indicators");
            foreach (var i in indicators)
            {
                a.CreateRow().AppendValue(i.Code).AppendValue(i.Name).AppendValue(i.Unit).AppendValue(i.Direction.ToCode())
                    .AppendValue(i.Cluster?.ToCode()).AppendValue(IndicatorVocabulary.ToCodes(i.Types))
                    .AppendValue(IndicatorVocabulary.ToCodes(i.Impacts)).AppendValue(i.Timeframe.ToCode())
                    .AppendValue(i.SdgTarget).AppendValue(i.Source).AppendValue(i.UpdateFrequency).AppendValue(i.Licence)
                    .AppendValue(i.Description).EndRow();
            }
        }, cancellationToken);

    public Task AppendObservationsAsync(ObservationChunk chunk, CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            cancellationToken.ThrowIfCancellationRequested();
            _observations.Append(chunk);
        }, cancellationToken);

    public Task AddSurveyTableAsync(string role, ColumnTable table, CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            ArgumentException.ThrowIfNullOrWhiteSpace(role);
            var name = SurveyTableName(role);
            if (!_surveyTables.TryAdd(role, name)) throw new InvalidOperationException($"Survey table '{role}' was already added to this import.");
            SurveyTables.Create(_connection, $"{Stage}.main.{Sql.Quote(name)}", table);
            SurveyTables.Append(_connection, Stage, name, table);
        }, cancellationToken);

    public Task AddProgrammesAsync(IReadOnlyList<Programme> programmes, CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            using var a = _connection.CreateAppender(Stage, "main", "programmes");
            foreach (var p in programmes)
            {
                a.CreateRow().AppendValue(p.Id).AppendValue(p.Title).AppendValue(p.Status).AppendValue(p.Start).AppendValue(p.End)
                    .AppendValue(Sql.JoinList(p.Areas)).AppendValue(Sql.JoinList(p.Clusters.Select(c => c.ToCode())))
                    .AppendValue(Sql.JoinList(p.Sdgs)).AppendValue(p.Budget).AppendValue(p.Currency).AppendValue(p.Leveraged)
                    .AppendValue(p.Funder).AppendValue(p.Prevention).AppendValue(p.TargetPeople).EndRow();
            }
        }, cancellationToken);

    public Task AddGeometryAsync(string areaCode, string geoJson, CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            using (var delete = Sql.Command(_connection, $"DELETE FROM {Stage}.area_geometries WHERE area = ?", areaCode))
                delete.ExecuteNonQuery();
            using var insert = Sql.Command(_connection, $"INSERT INTO {Stage}.area_geometries VALUES (?, ?)", areaCode, geoJson);
            insert.ExecuteNonQuery();
        }, cancellationToken);

    private static string SurveyTableName(string role) =>
        "survey_" + new string(role.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '_').ToArray());

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
