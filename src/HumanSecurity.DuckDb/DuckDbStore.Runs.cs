using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    public Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scores);
        return WithGateAsync(() =>
        {
            using var tx = _connection.BeginTransaction();
            var id = Sql.Long(_connection, "SELECT coalesce(max(id), 0) + 1 FROM runs");
            var saved = run with { Id = id };
            using (var insert = Sql.Command(_connection, "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
                       id, run.Kind, run.Model, run.ModelHash, run.DataVersion, run.CreatedAt.UtcDateTime, run.ParametersJson))
                insert.ExecuteNonQuery();
            using (var appender = _connection.CreateAppender("scores"))
            {
                foreach (var s in scores)
                {
                    var row = appender.CreateRow().AppendValue(id).AppendValue(s.Unit).AppendValue(s.Node).AppendValue(s.Level).AppendValue(s.Period);
                    (double.IsNaN(s.Score) ? row.AppendNullValue() : row.AppendValue(s.Score)).AppendValue(s.Rank).AppendValue(s.Class).EndRow();
                }
            }
            tx.Commit();
            MarkDataChanged();
            return saved;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<RunRecord>>(() => ReadAll(
            "SELECT id, kind, model, model_hash, data_version, created_at, parameters_json FROM runs ORDER BY id",
            r => new RunRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4),
                new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc))) { ParametersJson = Sql.NullableString(r, 6) }),
            cancellationToken);

    public Task<IReadOnlyList<ScoreRow>> GetScoresAsync(long runId, CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<ScoreRow>>(() =>
        {
            using var command = Sql.Command(_connection,
                "SELECT unit, node, level, period, score, rank, class FROM scores WHERE run_id = ? ORDER BY level, node, unit, period", runId);
            using var reader = command.ExecuteReader();
            var list = new List<ScoreRow>();
            while (reader.Read()) list.Add(ReadScore(reader));
            return list;
        }, cancellationToken);
}
