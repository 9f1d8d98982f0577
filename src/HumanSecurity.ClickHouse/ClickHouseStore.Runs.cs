using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore
{
    /// <summary>Scores of committed runs only: a run's row in <c>runs</c> is its commit marker.</summary>
    private const string CommittedRuns = "run_id GLOBAL IN (SELECT id FROM runs)";

    /// <summary>Saves a run atomically: the scores are written under a claimed run id, then the run row; until the run
    /// row exists no read returns the scores, and a failure deletes them (the id is never reused).</summary>
    public Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default) =>
        SaveRunAsync(run, scores, null, cancellationToken);

    /// <summary>Saves a run under a fresh id, or under <paramref name="exactId"/> (copies keep their ids).</summary>
    private async Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, long? exactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scores);
        long id;
        if (exactId is { } exact) await IdClaims.ClaimExactAsync(Home, "run", "runs", id = exact, cancellationToken).ConfigureAwait(false);
        else id = await IdClaims.ClaimAsync(Home, "run", "runs", cancellationToken).ConfigureAwait(false);
        try
        {
            if (scores.Count > 0) await Home.InsertAsync("scores", "run_id, seq, unit, node, level, period, score, rank, class", ScoreRows(id, scores), cancellationToken)
                .ConfigureAwait(false);
            var row = new RowBinaryWriter();
            row.UInt64((ulong)id);
            row.String(run.Kind);
            row.String(run.Model);
            row.String(run.ModelHash);
            row.Int64(run.DataVersion);
            row.Int64(Times.ToMicros(run.CreatedAt));
            row.NullableString(run.ParametersJson);
            await Home.InsertAsync("runs", "id, kind, model, model_hash, data_version, created_at, parameters_json", row, cancellationToken).ConfigureAwait(false);
            // The stored time has microseconds, as in the DuckDB store: return what a read gives back.
            return run with { Id = id, CreatedAt = Times.FromMicros(Times.ToMicros(run.CreatedAt)) };
        }
        catch
        {
            await Home.ExecuteAsync($"ALTER TABLE scores DELETE WHERE run_id = {id}", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
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

    public async Task<IReadOnlyList<RunRecord>> GetRunsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync("SELECT id, kind, model, model_hash, data_version, created_at, parameters_json FROM runs ORDER BY id",
            cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new RunRecord(TsvReader.Long(r[0]), r[1]!, r[2]!, r[3]!, TsvReader.Long(r[4]), Times.FromMicros(TsvReader.Long(r[5])))
        {
            ParametersJson = r[6],
        }).ToList();
    }

    public async Task<IReadOnlyList<ScoreRow>> GetScoresAsync(long runId, CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync(
            $"SELECT unit, node, level, period, score, rank, class FROM scores WHERE run_id = {runId} AND {CommittedRuns} ORDER BY level, node, unit, period",
            cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ScoreRow(r[0]!, r[1]!, TsvReader.Int(r[2]), r[3], TsvReader.Double(r[4]), TsvReader.Int(r[5]), r[6])).ToList();
    }
}
