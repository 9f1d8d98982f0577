using System.Globalization;
using System.Text.Json;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Tables;

namespace HumanSecurity.ClickHouse.Import;

/// <summary>A survey table of an import, stored as its own table <c>survey_ID_ROLE</c> (as in the DuckDB store). Column
/// names come from the user's file, so they never enter SQL: the columns are <c>c0, c1, ...</c> (numbers as Float64 with
/// NaN for missing, text as Nullable(String)) and the names live in the <c>survey_tables</c> catalogue. <c>hso_row</c>
/// keeps the file's row order. Sharded tables are distributed by the household id (<c>hh_id</c>) when the table has
/// one, so that a household and its roster rows are on the same shard.</summary>
internal sealed class SurveyTableRows(long datasetId, string role, ColumnTable table)
{
    /// <summary>The household id column that survey imports link households and persons by.</summary>
    public const string LinkColumn = "hh_id";

    public string Role => role;

    public string TableName { get; } = string.Create(CultureInfo.InvariantCulture,
        $"survey_{datasetId}_{new string(role.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '_').ToArray())}");

    public long RowCount => table.RowCount;

    /// <summary>Column names and kinds as JSON, for the catalogue.</summary>
    public string ColumnsJson => JsonSerializer.Serialize(table.Columns.Select(c => new SurveyColumn(c.Name, c is NumericColumn)).ToList(), SurveyColumn.Json);

    /// <summary>The column the table is sharded by, or empty.</summary>
    public string ShardColumn { get; } = table.Columns.FirstOrDefault(c => string.Equals(c.Name, LinkColumn, StringComparison.OrdinalIgnoreCase))?.Name ?? "";

    public TableDefinition Definition()
    {
        var columns = string.Concat(table.Columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture,
            $", c{i} {(c is NumericColumn ? "Float64" : "Nullable(String)")}")));
        var shard = table.Columns.ToList().FindIndex(c => c.Name == ShardColumn);
        var key = shard < 0 ? "intHash64(hso_row)"
            : table.Columns[shard] is NumericColumn ? string.Create(CultureInfo.InvariantCulture, $"cityHash64(c{shard})")
            : string.Create(CultureInfo.InvariantCulture, $"cityHash64(ifNull(c{shard}, ''))");
        return new TableDefinition(TableName, "hso_row UInt64" + columns, "hso_row", null, key);
    }

    /// <summary>Creates the table (on every shard) and streams the rows into it.</summary>
    public async Task WriteAsync(ClickHouseLayout layout, CancellationToken ct)
    {
        var definition = Definition();
        await layout.CreateAsync(definition, ct).ConfigureAwait(false);
        if (table.RowCount == 0 || table.Columns.Count == 0) return;
        var names = "hso_row" + string.Concat(table.Columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $", c{i}")));
        await using var insert = layout.Home.OpenInsert(TableName, names, CancellationToken.None);
        var w = insert.Rows;
        for (var r = 0; r < table.RowCount; r++)
        {
            w.UInt64((ulong)r);
            foreach (var column in table.Columns)
            {
                if (column is NumericColumn n) w.Float64(n.Values[r]);
                else w.NullableString(((TextColumn)column).Values[r]);
            }
            if (w.Length >= ClickHouseInsertStream.FlushBytes) await insert.FlushAsync(ct).ConfigureAwait(false);
        }
        await insert.CompleteAsync(ct).ConfigureAwait(false);
    }
}
