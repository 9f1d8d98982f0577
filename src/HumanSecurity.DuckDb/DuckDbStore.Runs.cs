using System.Data.Common;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    private const string RunColumns = "id, kind, model, model_hash, data_version, created_at, parameters_json";

    public Task<RunRecord> SaveRunAsync(RunRecord run, IReadOnlyList<ScoreRow> scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scores);
        var datasets = RunDatasets.Of(run);
        return WithGateAsync(() =>
        {
            using var tx = _connection.BeginTransaction();
            var id = Sql.Long(_connection, "SELECT coalesce(max(id), 0) + 1 FROM runs");
            var saved = run with { Id = id };
            using (var insert = Sql.Command(_connection, $"INSERT INTO runs ({RunColumns}, manifest_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       id, run.Kind, run.Model, run.ModelHash, run.DataVersion, run.CreatedAt.UtcDateTime, run.ParametersJson, run.ManifestJson))
                insert.ExecuteNonQuery();
            foreach (var dataset in datasets)
            {
                using var link = Sql.Command(_connection, "INSERT INTO run_datasets VALUES (?, ?)", id, dataset);
                link.ExecuteNonQuery();
            }
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
        WithGateAsync<IReadOnlyList<RunRecord>>(() => ReadAll($"SELECT {RunColumns} FROM runs ORDER BY id", ToRun), cancellationToken);

    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            using var command = Sql.Command(_connection, $"SELECT {RunColumns}, manifest_json FROM runs WHERE id = ?", runId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ToRun(reader) with { ManifestJson = Sql.NullableString(reader, 7) } : null;
        }, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> GetRunsReadingAsync(long datasetId, CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<RunRecord>>(() =>
        {
            using var command = Sql.Command(_connection,
                $"SELECT {RunColumns} FROM runs WHERE id IN (SELECT run_id FROM run_datasets WHERE dataset_id = ?) ORDER BY id", datasetId);
            using var reader = command.ExecuteReader();
            var list = new List<RunRecord>();
            while (reader.Read()) list.Add(ToRun(reader));
            return list;
        }, cancellationToken);

    public Task<bool> DeleteRunAsync(long runId, CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            using var tx = _connection.BeginTransaction();
            if (Sql.Long(_connection, "SELECT count(*) FROM runs WHERE id = ?", runId) == 0) return false;
            foreach (var table in new[] { "scores", "run_datasets" })
            {
                using var delete = Sql.Command(_connection, $"DELETE FROM {table} WHERE run_id = ?", runId);
                delete.ExecuteNonQuery();
            }
            using (var run = Sql.Command(_connection, "DELETE FROM runs WHERE id = ?", runId)) run.ExecuteNonQuery();
            tx.Commit();
            MarkDataChanged();
            return true;
        }, cancellationToken);

    private static RunRecord ToRun(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4),
            new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc))) { ParametersJson = Sql.NullableString(r, 6) };

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
