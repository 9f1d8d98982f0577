using System.Globalization;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Import;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore
{
    /// <summary>Starts an atomic import; see <see cref="ClickHouseImportSession"/>.</summary>
    public async Task<IImportSession> BeginImportAsync(DatasetInfo dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return await ClickHouseImportSession.BeginAsync(this, dataset, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A committed survey table's catalogue entry: its ClickHouse table, row count, columns and shard column.</summary>
    internal sealed record SurveyTableInfo(string Table, long Rows, IReadOnlyList<SurveyColumn> Columns, string ShardColumn)
    {
        /// <summary>The ClickHouse column of a named column (names compare case-insensitively, as in <see cref="ColumnTable"/>).</summary>
        public (string Name, bool Numeric)? Find(string name)
        {
            for (var i = 0; i < Columns.Count; i++)
                if (string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
                    return (string.Create(CultureInfo.InvariantCulture, $"c{i}"), Columns[i].Numeric);
            return null;
        }
    }

    internal async Task<SurveyTableInfo?> FindSurveyTableAsync(long datasetId, string role, CancellationToken ct)
    {
        var rows = await Home.QueryAsync(
            $"SELECT table_name, row_count, columns, shard_column FROM survey_tables WHERE dataset_id = {datasetId} AND {Committed} AND role IN hso_role LIMIT 1",
            ct, ExternalTable.Strings("hso_role", [role])).ConfigureAwait(false);
        return rows.Count == 0 ? null : new SurveyTableInfo(rows[0][0]!, TsvReader.Long(rows[0][1]), SurveyColumn.Parse(rows[0][2]!), rows[0][3]!);
    }

    public async Task<ColumnTable?> GetSurveyTableAsync(long datasetId, string role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (await FindSurveyTableAsync(datasetId, role, cancellationToken).ConfigureAwait(false) is not { } info) return null;
        var n = info.Columns.Count;
        var numbers = new double[n][];
        var texts = new string?[n][];
        for (var i = 0; i < n; i++)
        {
            if (info.Columns[i].Numeric) numbers[i] = new double[info.Rows];
            else texts[i] = new string?[info.Rows];
        }
        var columns = n == 0 ? "hso_row" : string.Join(", ", Enumerable.Range(0, n).Select(i => string.Create(CultureInfo.InvariantCulture, $"c{i}")));
        var r = 0;
        await foreach (var row in Home.StreamAsync($"SELECT {columns} FROM {info.Table} ORDER BY hso_row", cancellationToken).ConfigureAwait(false))
        {
            if (r >= info.Rows) throw new InvalidOperationException($"Survey table {info.Table} has more rows than its catalogue entry ({info.Rows}).");
            for (var i = 0; i < n; i++)
            {
                if (numbers[i] is { } num) num[r] = TsvReader.Double(row[i]);
                else texts[i][r] = row[i];
            }
            r++;
        }
        if (r != info.Rows) throw new InvalidOperationException($"Survey table {info.Table} has {r} rows; its catalogue entry says {info.Rows}.");
        var result = info.Columns.Select((c, i) => c.Numeric ? (Column)new NumericColumn(c.Name, numbers[i]) : new TextColumn(c.Name, texts[i]));
        return new ColumnTable(role, [.. result]);
    }
}
