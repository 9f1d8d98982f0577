using HumanSecurity.ClickHouse.Http;

namespace HumanSecurity.ClickHouse.Import;

/// <summary>The dictionary entries an import's observation rows refer to (indicator and area codes, labels,
/// disaggregations), written under the import's dataset id. Entries are content-addressed (<see cref="DictionaryId"/>),
/// so the same code written by several imports is one entry read with <c>any()</c>.</summary>
internal sealed class DictionaryRows(long datasetId, ObservationEncoder observations)
{
    public async Task WriteAsync(ClickHouseNode home, CancellationToken ct)
    {
        await WriteTextsAsync(home, "indicator_codes", "code", observations.Indicators, ct).ConfigureAwait(false);
        await WriteTextsAsync(home, "area_codes", "code", observations.Areas, ct).ConfigureAwait(false);
        await WriteTextsAsync(home, "labels", "text", observations.Labels, ct).ConfigureAwait(false);
        if (observations.Disaggregations.Count == 0) return;
        var w = new RowBinaryWriter();
        foreach (var (id, (sex, age, group, disability, urbanisation)) in observations.Disaggregations)
        {
            w.UInt64((ulong)datasetId);
            w.UInt64(id);
            foreach (var code in (string[])[sex, age, group, disability, urbanisation]) w.String(code);
        }
        await home.InsertAsync("disaggregations", "dataset_id, id, sex, age, grp, disability, urbanisation", w, ct).ConfigureAwait(false);
    }

    private async Task WriteTextsAsync(ClickHouseNode home, string table, string column, IReadOnlyDictionary<string, ulong> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        var w = new RowBinaryWriter();
        foreach (var (text, id) in entries)
        {
            w.UInt64((ulong)datasetId);
            w.UInt64(id);
            w.String(text);
        }
        await home.InsertAsync(table, $"dataset_id, id, {column}", w, ct).ConfigureAwait(false);
    }

    /// <summary>Fails the import when one of its ids already stands for another text (a hash collision).</summary>
    public async Task CheckAsync(ClickHouseNode home, CancellationToken ct)
    {
        await CheckAsync(home, "indicator_codes", "code", observations.Indicators.Values, ct).ConfigureAwait(false);
        await CheckAsync(home, "area_codes", "code", observations.Areas.Values, ct).ConfigureAwait(false);
        await CheckAsync(home, "labels", "text", observations.Labels.Values, ct).ConfigureAwait(false);
        await CheckAsync(home, "disaggregations", "concat(sex, '\\t', age, '\\t', grp, '\\t', disability, '\\t', urbanisation)",
            observations.Disaggregations.Keys, ct).ConfigureAwait(false);
    }

    private static async Task CheckAsync(ClickHouseNode home, string table, string text, IEnumerable<ulong> ids, CancellationToken ct)
    {
        var set = ExternalTable.Ids("hso_new", ids);
        if (set.Rows.Length == 0) return;
        var clash = await home.QueryAsync($"SELECT id, groupUniqArray({text}) FROM {table} WHERE id IN hso_new GROUP BY id HAVING uniqExact({text}) > 1 LIMIT 1",
            ct, set).ConfigureAwait(false);
        if (clash.Count > 0)
            throw new InvalidOperationException($"Dictionary id {clash[0][0]} of {table} stands for several texts {clash[0][1]} (a 63-bit hash collision); the import is not committed.");
    }
}
