using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore
{
    /// <summary>Runs that are saved (their row in <c>runs</c> is the commit marker) and not deleted (a row in
    /// <c>run_deletions</c> hides a run at once; the mutations that remove its rows run later).</summary>
    private const string LiveRuns = "(SELECT * FROM runs WHERE id NOT IN (SELECT run_id FROM run_deletions))";

    private const string RunColumns = "id, kind, model, model_hash, data_version, created_at, parameters_json";

    /// <summary>Scores of live runs only.</summary>
    private const string CommittedRuns = "run_id GLOBAL IN (SELECT id FROM runs WHERE id NOT IN (SELECT run_id FROM run_deletions))";

    /// <summary>Saves a run atomically: the scores and dataset links are written under a claimed run id, then the run row;
    /// until the run row exists no read returns them, and a failure deletes them (the id is never reused).</summary>
    public Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default) =>
        SaveRunAsync(run, scores, null, cancellationToken);

    /// <summary>Saves a run under a fresh id, or under <paramref name="exactId"/> (copies keep their ids).</summary>
    private async Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, long? exactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scores);
        var datasets = RunDatasets.Of(run);
        long id;
        if (exactId is { } exact) await IdClaims.ClaimExactAsync(Home, "run", "runs", id = exact, cancellationToken).ConfigureAwait(false);
        else id = await IdClaims.ClaimAsync(Home, "run", "runs", cancellationToken).ConfigureAwait(false);
        try
        {
            if (scores.Count > 0) await Home.InsertAsync("scores", "run_id, seq, unit, node, level, period, score, rank, class", ScoreRows(id, scores), cancellationToken)
                .ConfigureAwait(false);
            if (datasets.Count > 0)
            {
                var links = new RowBinaryWriter();
                foreach (var d in datasets.Distinct())
                {
                    links.UInt64((ulong)id);
                    links.UInt64((ulong)d);
                }
                await Home.InsertAsync("run_datasets", "run_id, dataset_id", links, cancellationToken).ConfigureAwait(false);
            }
            var row = new RowBinaryWriter();
            row.UInt64((ulong)id);
            row.String(run.Kind);
            row.String(run.Model);
            row.String(run.ModelHash);
            row.Int64(run.DataVersion);
            row.Int64(Times.ToMicros(run.CreatedAt));
            row.NullableString(run.ParametersJson);
            row.NullableString(run.ManifestJson);
            await Home.InsertAsync("runs", $"{RunColumns}, manifest_json", row, cancellationToken).ConfigureAwait(false);
            await MarkChangedAsync().ConfigureAwait(false);
            // The stored time has microseconds, as in the DuckDB store: return what a read gives back.
            return run with { Id = id, CreatedAt = Times.FromMicros(Times.ToMicros(run.CreatedAt)) };
        }
        catch
        {
            await RemoveRunRowsAsync(id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Deletes a run's scores and links (mutations; they are invisible already).</summary>
    private async Task RemoveRunRowsAsync(long id, CancellationToken ct)
    {
        foreach (var table in (string[])["scores", "run_datasets"])
            await Home.ExecuteAsync($"ALTER TABLE {table} DELETE WHERE run_id = {id}", ct).ConfigureAwait(false);
    }

    private static RowBinaryWriter ScoreRows(long runId, IReadOnlyList<ScoreRow> scores)
    {
        var w = new RowBinaryWriter();
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            w.UInt64((ulong)runId);
            w.UInt64((ulong)i);
            w.String(s.Unit);
            w.String(s.Node);
            w.Int32(s.Level);
            w.NullableString(s.Period);
            w.Float64(s.Score);
            w.Int32(s.Rank);
            w.NullableString(s.Class);
        }
        return w;
    }

    public async Task<IReadOnlyList<RunRecord>> GetRunsAsync(CancellationToken cancellationToken = default) =>
        (await Home.QueryAsync($"SELECT {RunColumns} FROM {LiveRuns} ORDER BY id", cancellationToken).ConfigureAwait(false)).Select(ToRun).ToList();

    public async Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync($"SELECT {RunColumns}, manifest_json FROM {LiveRuns} WHERE id = {runId}", cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : ToRun(rows[0]) with { ManifestJson = rows[0][7] };
    }

    public async Task<IReadOnlyList<RunRecord>> GetRunsReadingAsync(long datasetId, CancellationToken cancellationToken = default) =>
        (await Home.QueryAsync($"SELECT {RunColumns} FROM {LiveRuns} WHERE id IN (SELECT run_id FROM run_datasets WHERE dataset_id = {datasetId}) ORDER BY id",
            cancellationToken).ConfigureAwait(false)).Select(ToRun).ToList();

    /// <summary>Hides the run at once with a row in <c>run_deletions</c> (one single-row INSERT, like a commit marker),
    /// then removes its scores, links and run row with mutations; false when there was no such run.</summary>
    public async Task<bool> DeleteRunAsync(long runId, CancellationToken cancellationToken = default)
    {
        if (await GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is null) return false;
        var row = new RowBinaryWriter();
        row.UInt64((ulong)runId);
        row.Int64(Times.ToMicros(DateTimeOffset.UtcNow));
        await Home.InsertAsync("run_deletions", "run_id, deleted_at", row, cancellationToken).ConfigureAwait(false);
        await MarkChangedAsync().ConfigureAwait(false);
        await RemoveRunRowsAsync(runId, CancellationToken.None).ConfigureAwait(false);
        await Home.ExecuteAsync($"ALTER TABLE runs DELETE WHERE id = {runId}", CancellationToken.None).ConfigureAwait(false);
        return true;
    }

    private static RunRecord ToRun(string?[] r) =>
        new(TsvReader.Long(r[0]), r[1]!, r[2]!, r[3]!, TsvReader.Long(r[4]), Times.FromMicros(TsvReader.Long(r[5]))) { ParametersJson = r[6] };

    public Task<IReadOnlyList<ScoreRow>> GetScoresAsync(long runId, CancellationToken cancellationToken = default) =>
        ReadScoresAsync($"run_id = {runId} AND {CommittedRuns}", "", [], cancellationToken);

    /// <summary>A run's rows filtered and paged inside ClickHouse (unit, node and period lists as external data), with the
    /// count of all matching rows.</summary>
    public async Task<ScorePage> GetScoresAsync(long runId, ScoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new System.Text.StringBuilder($"run_id = {runId} AND {CommittedRuns}");
        var external = new List<ExternalTable>();
        void Set(string name, string column, IReadOnlyList<string>? values)
        {
            if (values is not { Count: > 0 }) return;
            external.Add(ExternalTable.Strings(name, values));
            filter.Append($" AND {column} IN {name}");
        }
        Set("hso_units", "unit", query.Units);
        Set("hso_nodes", "node", query.Nodes);
        Set("hso_periods", "period", query.Periods);
        if (query.TreeLevel is { } level) filter.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND level = {level}");
        // The kind's code comes from the enum, not from user text.
        if (query.AreaKind is { } kind) filter.Append($" AND unit GLOBAL IN (SELECT code FROM ({Latest("areas", "code, kind", "code")}) WHERE kind = '{Areas.AreaKinds.ToCode(kind)}')");
        var total = await Home.QueryAsync($"SELECT count() FROM scores WHERE {filter}", cancellationToken, [.. external]).ConfigureAwait(false);
        var page = query.Offset == 0 && query.Limit is null ? ""
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" LIMIT {Math.Max(0, query.Offset)}, {query.Limit ?? int.MaxValue}");
        var rows = await ReadScoresAsync(filter.ToString(), page, [.. external], cancellationToken).ConfigureAwait(false);
        return new ScorePage(rows, TsvReader.Long(total[0][0]));
    }

    private async Task<IReadOnlyList<ScoreRow>> ReadScoresAsync(string filter, string page, ExternalTable[] external, CancellationToken ct)
    {
        var rows = await Home.QueryAsync($"SELECT unit, node, level, period, score, rank, class FROM scores WHERE {filter} ORDER BY level, node, unit, period{page}",
            ct, external).ConfigureAwait(false);
        return rows.Select(r => new ScoreRow(r[0]!, r[1]!, TsvReader.Int(r[2]), r[3], TsvReader.Double(r[4]), TsvReader.Int(r[5]), r[6])).ToList();
    }
}
