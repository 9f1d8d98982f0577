using System.Data.Common;
using DuckDB.NET.Data;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

/// <summary>Small SQL helpers: identifier quoting, parameterised commands, list encoding.</summary>
internal static class Sql
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static DuckDBCommand Command(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        return command;
    }

    public static long Long(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static double? NullableDouble(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    public static DateOnly? NullableDate(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);

    public static string JoinList(IEnumerable<string> items) => StoreEncoding.JoinList(items);

    public static IReadOnlyList<string> SplitList(string text) => StoreEncoding.SplitList(text);

    public static string? NamesToJson(IReadOnlyDictionary<string, string> names) => StoreEncoding.NamesToJson(names);

    public static IReadOnlyDictionary<string, string> NamesFromJson(string? json) => StoreEncoding.NamesFromJson(json);

    public static Period ToPeriod(DateOnly start, sbyte kind) => StoreEncoding.ToPeriod(start, kind);
}
