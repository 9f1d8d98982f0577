using HumanSecurity.Areas;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.ClickHouse.Import;

/// <summary>An atomic import into a <see cref="ClickHouseStore"/>. The dataset id is claimed first
/// (<see cref="IdClaims"/>); every row is written under it into the dataset partitions of the store's tables (observation
/// rows streamed as they arrive, catalogue rows at commit) and survey tables are created under its name; the rows stay
/// invisible until <see cref="CommitAsync"/> writes the commit marker (the dataset's row in <c>datasets</c>). Disposing
/// without commit drops the partitions and tables again.</summary>
internal sealed partial class ClickHouseImportSession : IImportSession
{
    private readonly ClickHouseStore _store;
    private readonly DatasetInfo _info;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CatalogueRows _catalogue;
    private readonly ObservationEncoder _observations;
    private readonly List<SurveyTableRows> _surveys = [];
    private ClickHouseInsertStream? _observationStream;
    private readonly Dataset? _copyOf;
    private bool _done;

    private ClickHouseImportSession(ClickHouseStore store, DatasetInfo info, long id, Dataset? copyOf = null)
    {
        _store = store;
        _info = info;
        _copyOf = copyOf;
        Id = id;
        _catalogue = new CatalogueRows(id);
        _observations = new ObservationEncoder(id);
    }

    /// <summary>The claimed dataset id.</summary>
    public long Id { get; }

    internal static async Task<ClickHouseImportSession> BeginAsync(ClickHouseStore store, DatasetInfo info, CancellationToken ct)
    {
        var id = await IdClaims.ClaimAsync(store.Home, "dataset", "datasets", ct).ConfigureAwait(false);
        return new ClickHouseImportSession(store, info, id);
    }

    /// <summary>A session that writes a copy of another store's dataset under the same id, time and row count.</summary>
    internal static async Task<ClickHouseImportSession> BeginCopyAsync(ClickHouseStore store, Dataset original, CancellationToken ct)
    {
        await IdClaims.ClaimExactAsync(store.Home, "dataset", "datasets", original.Id, ct).ConfigureAwait(false);
        return new ClickHouseImportSession(store, new DatasetInfo(original.Kind, original.SourceFile, original.Sha256) { Name = original.Name }, original.Id, original);
    }

    /// <summary>Populations of areas written by this dataset apart from the areas themselves (copies).</summary>
    internal Task AddPopulationsAsync(IReadOnlyList<KeyValuePair<string, AreaPopulation>> populations, CancellationToken ct) =>
        WithGateAsync(() => { _catalogue.AddPopulations(populations); return Task.CompletedTask; }, ct);

    public Task AddAreasAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken = default) =>
        WithGateAsync(() => { _catalogue.AddAreas(areas); return Task.CompletedTask; }, cancellationToken);

    public Task AddIndicatorsAsync(IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken = default) =>
        WithGateAsync(() => { _catalogue.AddIndicators(indicators); return Task.CompletedTask; }, cancellationToken);

    public Task AddProgrammesAsync(IReadOnlyList<Programme> programmes, CancellationToken cancellationToken = default) =>
        WithGateAsync(() => { _catalogue.AddProgrammes(programmes); return Task.CompletedTask; }, cancellationToken);

    public Task AddGeometryAsync(string areaCode, string geoJson, CancellationToken cancellationToken = default) =>
        WithGateAsync(() => { _catalogue.AddGeometry(areaCode, geoJson); return Task.CompletedTask; }, cancellationToken);

    /// <summary>Encodes the chunk and streams it to the server (one INSERT per import, flushed every megabyte), so that
    /// an import of any size needs memory for one chunk only.</summary>
    public Task AppendObservationsAsync(ObservationChunk chunk, CancellationToken cancellationToken = default) =>
        WithGateAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(chunk);
            cancellationToken.ThrowIfCancellationRequested();
            _observationStream ??= _store.Home.OpenInsert(ClickHouseSchema.ObservationRows.Name, ObservationColumns, CancellationToken.None);
            _observations.Encode(chunk, _observationStream.Rows);
            if (_observationStream.Rows.Length >= ClickHouseInsertStream.FlushBytes) await _observationStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private const string ObservationColumns =
        "dataset_id, indicator_id, area_id, period_start, period_kind, disaggregation, value, status_id, source_id";

    public Task AddSurveyTableAsync(string role, ColumnTable table, CancellationToken cancellationToken = default) =>
        WithGateAsync(async () =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(role);
            ArgumentNullException.ThrowIfNull(table);
            if (_surveys.Any(s => s.Role == role)) throw new InvalidOperationException($"Survey table '{role}' was already added to this import.");
            var survey = new SurveyTableRows(Id, role, table);
            _surveys.Add(survey);
            await survey.WriteAsync(_store.Layout, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private async Task WithGateAsync(Func<Task> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_done, this);
            await work().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
