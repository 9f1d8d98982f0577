using DuckDB.NET.Data;
using HumanSecurity.Tables;

namespace HumanSecurity.DuckDb;

/// <summary>Stores a <see cref="ColumnTable"/> as a DuckDB table (numeric columns as DOUBLE, text as VARCHAR) and reads
/// it back.</summary>
internal static class SurveyTables
{
    public static void Create(DuckDBConnection connection, string qualifiedName, ColumnTable table)
    {
        var columns = table.Columns.Select(c => $"{Sql.Quote(c.Name)} {(c is NumericColumn ? "DOUBLE" : "VARCHAR")}");
        DuckDbStore.Execute(connection, $"CREATE TABLE {qualifiedName} ({string.Join(", ", columns)})");
    }

    public static void Append(DuckDBConnection connection, string catalog, string name, ColumnTable table)
    {
        if (table.Columns.Count == 0) return;
        using var appender = connection.CreateAppender(catalog, "main", name);
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = appender.CreateRow();
            foreach (var column in table.Columns)
            {
                if (column is NumericColumn n)
                {
                    var v = n.Values[r];
                    if (double.IsNaN(v)) row.AppendNullValue();
                    else row.AppendValue(v);
                }
                else row.AppendValue(((TextColumn)column).Values[r]);
            }
            row.EndRow();
        }
    }

    /// <summary>Column list as <c>name:DOUBLE|name:VARCHAR</c>, for the catalogue.</summary>
    public static string DescribeColumns(DuckDBConnection connection, string table)
    {
        using var command = Sql.Command(connection,
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", table);
        using var reader = command.ExecuteReader();
        var parts = new List<string>();
        while (reader.Read()) parts.Add(reader.GetString(0) + ":" + reader.GetString(1));
        return string.Join('|', parts);
    }

    public static ColumnTable Read(DuckDBConnection connection, string table, string role)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM main.{Sql.Quote(table)}";
        using var reader = command.ExecuteReader();
        var n = reader.FieldCount;
        var numbers = new List<double>?[n];
        var texts = new List<string?>?[n];
        for (var i = 0; i < n; i++)
        {
            if (reader.GetFieldType(i) == typeof(double)) numbers[i] = [];
            else texts[i] = [];
        }
        // Typed lists per column: no boxing of the (many) cells of a person roster.
        while (reader.Read())
        {
            for (var i = 0; i < n; i++)
            {
                if (numbers[i] is { } num) num.Add(reader.IsDBNull(i) ? double.NaN : reader.GetDouble(i));
                else texts[i]!.Add(reader.IsDBNull(i) ? null : reader.GetString(i));
            }
        }
        var columns = new List<Column>(n);
        for (var i = 0; i < n; i++)
        {
            columns.Add(numbers[i] is { } num
                ? new NumericColumn(reader.GetName(i), [.. num])
                : new TextColumn(reader.GetName(i), [.. texts[i]!]));
        }
        return new ColumnTable(role, columns);
    }
}
