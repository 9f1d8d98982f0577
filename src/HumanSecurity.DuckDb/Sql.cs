using System.Data.Common;
using System.Text.Json;
using DuckDB.NET.Data;
using HumanSecurity.Observations;

namespace HumanSecurity.DuckDb;

/// <summary>Small SQL helpers: identifier quoting, parameterised commands, list encoding.</summary>
internal static class Sql
{
    public const char ListSeparator = '|';

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

    public static string JoinList(IEnumerable<string> items) => string.Join(ListSeparator, items);

    public static IReadOnlyList<string> SplitList(string text) =>
        text.Length == 0 ? [] : text.Split(ListSeparator);

    /// <summary>Names by language as a JSON object (keys in ordinal order), or null when there are none.</summary>
    public static string? NamesToJson(IReadOnlyDictionary<string, string> names) =>
        names.Count == 0 ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(names.ToDictionary(), StringComparer.Ordinal), NamesJson);

    private static readonly JsonSerializerOptions NamesJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Inverse of <see cref="NamesToJson"/>.</summary>
    public static IReadOnlyDictionary<string, string> NamesFromJson(string? json) =>
        json is null ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    /// <summary>Rebuilds a period from its stored start date and kind.</summary>
    public static Period ToPeriod(DateOnly start, sbyte kind) => (PeriodKind)kind switch
    {
        PeriodKind.Year => Period.FromYear(start.Year),
        PeriodKind.Quarter => Period.FromQuarter(start.Year, (start.Month - 1) / 3 + 1),
        PeriodKind.Month => Period.FromMonth(start.Year, start.Month),
        _ => Period.FromDay(start),
    };
}
