using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

internal sealed partial class DuckDbImportSession
{
    /// <summary>Copies the staged rows into the store in one transaction. Catalogue rows (areas, populations,
    /// geometries, indicators, programmes) replace earlier rows with the same key; observations are appended (the
    /// importer has rejected keys that already exist).</summary>
    public Task<Dataset> CommitAsync(CancellationToken cancellationToken = default) =>
        _store.WithGateAsync(() =>
        {
            ThrowIfDone();
            cancellationToken.ThrowIfCancellationRequested();
            _observations.FinishStaging();
            using var tx = _connection.BeginTransaction();
            var id = Sql.Long(_connection, "SELECT coalesce(max(id), 0) + 1 FROM datasets");
            long rows = 0;
            foreach (var table in StagedTables)
            {
                var staged = Sql.Long(_connection, $"SELECT count(*) FROM {Stage}.{table}");
                if (staged == 0) continue;
                // A key staged twice in one import: the last one wins, as a re-import would.
                DuckDbStore.Execute(_connection, $"""
                    INSERT OR REPLACE INTO main.{table} BY NAME
                    SELECT * EXCLUDE (hso_last), {id} AS dataset_id FROM (
                        SELECT *, row_number() OVER (PARTITION BY {StagedKeys[table]} ORDER BY rowid DESC) AS hso_last FROM {Stage}.{table})
                    WHERE hso_last = 1
                    """);
                if (table != "area_populations") rows += staged;
            }
            _observations.CopyToStore(id);
            rows += _observations.Count + CopySurveyTables(id);
            var dataset = new Dataset(id, _info.Kind, _info.SourceFile, _info.Sha256, DateTimeOffset.UtcNow, rows) { Name = _info.Name };
            using (var insert = Sql.Command(_connection, "INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?)",
                       id, dataset.Kind.ToString(), dataset.SourceFile, dataset.Sha256, dataset.Name, dataset.ImportedAt.UtcDateTime, rows))
                insert.ExecuteNonQuery();
            tx.Commit();
            _store.MarkDataChanged();
            Finish();
            return dataset;
        }, cancellationToken);

    private long CopySurveyTables(long datasetId)
    {
        long rows = 0;
        foreach (var (role, stagedName) in _surveyTables)
        {
            var target = $"survey_{datasetId}_{stagedName["survey_".Length..]}";
            DuckDbStore.Execute(_connection, $"CREATE TABLE main.{Sql.Quote(target)} AS SELECT * FROM {Stage}.main.{Sql.Quote(stagedName)}");
            var count = Sql.Long(_connection, $"SELECT count(*) FROM main.{Sql.Quote(target)}");
            var columns = SurveyTables.DescribeColumns(_connection, target);
            using var insert = Sql.Command(_connection, "INSERT INTO survey_tables VALUES (?, ?, ?, ?, ?)", datasetId, role, target, count, columns);
            insert.ExecuteNonQuery();
            rows += count;
        }
        return rows;
    }

    /// <summary>Drops the staging database; the store is untouched unless <see cref="CommitAsync"/> succeeded.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_done) return;
        await _store.WithGateAsync(Finish, CancellationToken.None).ConfigureAwait(false);
    }

    private void Finish()
    {
        if (_done) return;
        _done = true;
        DuckDbStore.Execute(_connection, $"DETACH {Stage}");
    }
}
