using System.Globalization;
using System.Runtime.CompilerServices;
using HumanSecurity.Access;
using HumanSecurity.ClickHouse.Import;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore : IDatasetRows
{
    /// <summary>Every row dataset <paramref name="datasetId"/> wrote, in the order it wrote them (replaced versions too,
    /// so that a copy replays the same history and ends in the same state).</summary>
    public async Task<DatasetRows> GetDatasetRowsAsync(long datasetId, CancellationToken cancellationToken = default)
    {
        string Of(string columns, string table) => $"SELECT {columns} FROM {table} WHERE dataset_id = {datasetId} AND {Committed} ORDER BY seq";
        var areas = await Home.QueryAsync(Of(AreaColumns, "areas"), cancellationToken).ConfigureAwait(false);
        var populations = await Home.QueryAsync(Of("area, period_start, period_kind, population", "area_populations"), cancellationToken).ConfigureAwait(false);
        var geometries = await Home.QueryAsync(Of("area, geojson", "area_geometries"), cancellationToken).ConfigureAwait(false);
        var indicators = await Home.QueryAsync(Of(IndicatorColumns, "indicators"), cancellationToken).ConfigureAwait(false);
        var programmes = await Home.QueryAsync(Of(ProgrammeColumns, "programmes"), cancellationToken).ConfigureAwait(false);
        var roles = await Home.QueryAsync($"SELECT role FROM survey_tables WHERE dataset_id = {datasetId} AND {Committed} ORDER BY role", cancellationToken)
            .ConfigureAwait(false);
        return new DatasetRows([.. areas.Select(ReadArea)], [.. populations.Select(r => new KeyValuePair<string, Areas.AreaPopulation>(r[0]!, ReadPopulation(r, 1)))],
            [.. geometries.Select(r => new KeyValuePair<string, string>(r[0]!, r[1]!))], [.. indicators.Select(ReadIndicator)],
            [.. programmes.Select(ReadProgramme)], [.. roles.Select(r => r[0]!)]);
    }

    public async IAsyncEnumerable<ObservationChunk> GetDatasetObservationsAsync(long datasetId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = $"SELECT {RowColumns} FROM observation_rows WHERE dataset_id = {datasetId} AND {Committed}";
        var chunk = new ObservationChunk();
        await foreach (var r in Home.StreamAsync(Decoded(rows), cancellationToken).ConfigureAwait(false))
        {
            AddObservation(chunk, r);
            if (!chunk.IsFull) continue;
            yield return chunk;
            chunk = new ObservationChunk();
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>Copies every dataset (with its id, time, counts and rows) and every run of <paramref name="source"/> into
    /// this store, which must be empty. Each dataset is one atomic import, so an interrupted copy leaves the datasets
    /// copied so far; run the copy again into a new database.</summary>
    /// <exception cref="InvalidInputException">This store is not empty.</exception>
    public async Task CopyFromAsync(IStore source, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is not IDatasetRows rows) throw new InvalidOperationException($"A {source.GetType().Name} cannot list the rows of its datasets.");
        var target = await GetSummaryAsync(cancellationToken).ConfigureAwait(false);
        if (target.Datasets > 0 || target.Runs > 0)
            throw new InvalidInputException("--to", string.Create(CultureInfo.InvariantCulture,
                $"{Url.Display} is not empty ({target.Datasets} dataset(s), {target.Runs} run(s)); copy into a new database"));
        foreach (var d in await source.GetDatasetsAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var session = await ClickHouseImportSession.BeginCopyAsync(this, d, cancellationToken).ConfigureAwait(false);
            var content = await rows.GetDatasetRowsAsync(d.Id, cancellationToken).ConfigureAwait(false);
            await session.AddAreasAsync(content.Areas, cancellationToken).ConfigureAwait(false);
            await session.AddPopulationsAsync(content.Populations, cancellationToken).ConfigureAwait(false);
            foreach (var (area, geoJson) in content.Geometries) await session.AddGeometryAsync(area, geoJson, cancellationToken).ConfigureAwait(false);
            await session.AddIndicatorsAsync(content.Indicators, cancellationToken).ConfigureAwait(false);
            await session.AddProgrammesAsync(content.Programmes, cancellationToken).ConfigureAwait(false);
            foreach (var role in content.SurveyRoles)
                if (await source.GetSurveyTableAsync(d.Id, role, cancellationToken).ConfigureAwait(false) is { } table)
                    await session.AddSurveyTableAsync(role, table, cancellationToken).ConfigureAwait(false);
            await foreach (var chunk in rows.GetDatasetObservationsAsync(d.Id, cancellationToken).ConfigureAwait(false))
                await session.AppendObservationsAsync(chunk, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"dataset {d.Id} ({d.Kind}, {d.SourceFile}): {d.RowCount:N0} rows"));
        }
        foreach (var listed in await source.GetRunsAsync(cancellationToken).ConfigureAwait(false))
        {
            // The list leaves manifests out; the run itself has it (and its dataset links follow from it).
            var run = await source.GetRunAsync(listed.Id, cancellationToken).ConfigureAwait(false) ?? listed;
            var scores = await source.GetScoresAsync(run.Id, cancellationToken).ConfigureAwait(false);
            await SaveRunAsync(run, scores, run.Id, cancellationToken).ConfigureAwait(false);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"run {run.Id} ({run.Kind} {run.Model}): {scores.Count:N0} scores"));
        }
        if (source is IAccessStore access) await CopyAccessAsync(access, await source.GetDatasetsAsync(cancellationToken).ConfigureAwait(false), progress, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Tokens (hashes, times, revocations), the audit log and dataset access marks, with their ids.</summary>
    private async Task CopyAccessAsync(IAccessStore source, IReadOnlyList<Dataset> datasets, IProgress<string>? progress, CancellationToken ct)
    {
        var tokens = await source.GetTokensAsync(ct).ConfigureAwait(false);
        foreach (var t in tokens)
        {
            await IdClaims.ClaimExactAsync(Home, "token", "api_tokens", t.Id, ct).ConfigureAwait(false);
            await InsertTokenAsync(t, ct).ConfigureAwait(false);
            if (t.RevokedAt is { } revoked) await InsertRevocationAsync(t.Id, revoked, ct).ConfigureAwait(false);
        }
        var audit = await source.GetAuditAsync(int.MaxValue, ct).ConfigureAwait(false);
        foreach (var e in audit.Reverse())
        {
            await IdClaims.ClaimExactAsync(Home, "audit", "audit_log", e.Id, ct).ConfigureAwait(false);
            await InsertAuditAsync(e.Id, e, ct).ConfigureAwait(false);
        }
        foreach (var d in datasets.Where(d => d.Restricted && d.Kind != DatasetKind.Survey))
            await SetDatasetRestrictedAsync(d.Id, true, ct).ConfigureAwait(false);
        if (tokens.Count + audit.Count > 0) await MarkChangedAsync(access: true).ConfigureAwait(false);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"access: {tokens.Count} token(s), {audit.Count} audit entries"));
    }
}
