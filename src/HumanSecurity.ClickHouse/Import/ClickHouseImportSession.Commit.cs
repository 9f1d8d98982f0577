using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse.Import;

internal sealed partial class ClickHouseImportSession
{
    /// <summary>Finishes the observation stream (every row is on its shard: <c>insert_distributed_sync=1</c>), writes the
    /// catalogue, dictionary and survey catalogue rows, checks the dictionaries, and writes the commit marker last.</summary>
    public async Task<Dataset> CommitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_done, this);
            cancellationToken.ThrowIfCancellationRequested();
            var home = _store.Home;
            if (_observationStream is { } stream) await stream.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await _catalogue.WriteAsync(home, cancellationToken).ConfigureAwait(false);
            var dictionaries = new DictionaryRows(Id, _observations);
            await dictionaries.WriteAsync(home, cancellationToken).ConfigureAwait(false);
            await dictionaries.CheckAsync(home, cancellationToken).ConfigureAwait(false);
            await WriteSurveyCatalogueAsync(home, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var rows = _catalogue.RowCount + _observations.Count + _surveys.Sum(s => s.RowCount);
            var dataset = _copyOf ?? new Dataset(Id, _info.Kind, _info.SourceFile, _info.Sha256, Times.FromMicros(Times.ToMicros(DateTimeOffset.UtcNow)), rows)
            {
                Name = _info.Name,
            };
            await WriteMarkerAsync(home, dataset).ConfigureAwait(false);
            _done = true;
            await _store.MarkChangedAsync().ConfigureAwait(false);
            return dataset;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteSurveyCatalogueAsync(ClickHouseNode home, CancellationToken ct)
    {
        if (_surveys.Count == 0) return;
        var w = new RowBinaryWriter();
        foreach (var s in _surveys)
        {
            w.UInt64((ulong)Id);
            w.String(s.Role);
            w.String(s.TableName);
            w.Int64(s.RowCount);
            w.String(s.ColumnsJson);
            w.String(s.ShardColumn);
        }
        await home.InsertAsync("survey_tables", "dataset_id, role, table_name, row_count, columns, shard_column", w, ct).ConfigureAwait(false);
    }

    /// <summary>The commit point: one single-row INSERT. When the request fails it may still have been applied, so the
    /// marker is looked up before anything is rolled back; if even that is impossible the import is left in place (its
    /// rows stay invisible unless the marker exists) and the failure says so.</summary>
    private async Task WriteMarkerAsync(ClickHouseNode home, Dataset d)
    {
        var w = new RowBinaryWriter();
        w.UInt64((ulong)d.Id);
        w.String(d.Kind.ToString());
        w.String(d.SourceFile);
        w.String(d.Sha256);
        w.NullableString(d.Name);
        w.Int64(Times.ToMicros(d.ImportedAt));
        w.Int64(d.RowCount);
        try
        {
            await home.InsertAsync("datasets", "id, kind, source_file, sha256, name, imported_at, row_count", w, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StoreUnavailableException or ClickHouseException)
        {
            bool exists;
            try { exists = (await home.QueryAsync($"SELECT count() FROM datasets WHERE id = {d.Id}", CancellationToken.None).ConfigureAwait(false))[0][0] != "0"; }
            catch (StoreUnavailableException)
            {
                _done = true;
                throw new StoreUnavailableException(_store.Url.Display,
                    $"the commit of dataset {d.Id} to {_store.Url.Display} may or may not have completed ({e.Message}); run 'hso datasets' once the server is back", null, e);
            }
            if (!exists) throw;
        }
    }

    /// <summary>Without a commit: stops the observation stream and removes every partition and table the import wrote.
    /// If the server cannot be reached the rows stay behind, invisible (no marker) and never reused (the id was claimed).</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_observationStream is { } stream) await stream.DisposeAsync().ConfigureAwait(false);
            if (_done) return;
            _done = true;
            await RollBackAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is StoreUnavailableException or ClickHouseException)
        {
            // Invisible leftovers only (see the summary); the original failure, if any, is what the caller reports.
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RollBackAsync()
    {
        var layout = _store.Layout;
        foreach (var table in ClickHouseSchema.DatasetTables) await layout.DropPartitionAsync(table, Id, CancellationToken.None).ConfigureAwait(false);
        foreach (var s in _surveys) await layout.DropAsync(s.Definition(), CancellationToken.None).ConfigureAwait(false);
    }
}
