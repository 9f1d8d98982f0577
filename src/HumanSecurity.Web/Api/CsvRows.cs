using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using HumanSecurity.Formats.Text;
using nietras.SeparatedValues;

namespace HumanSecurity.Web.Api;

/// <summary>Writes API rows (records) as CSV through Sep, one column per public property in declaration order, named as
/// in JSON (camelCase). Cells: numbers in round-trip invariant form (<see cref="CsvText.Number"/>), null as empty,
/// times in ISO 8601, lists joined with <c>;</c>, JSON values as JSON text.</summary>
public static class CsvRows
{
    public const char ListSeparator = ';';

    public static string Write<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var properties = Columns<T>.Properties;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            writer.Header.Add(Columns<T>.Names);
            foreach (var item in rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < properties.Length; i++) row[Columns<T>.Names[i]].Set(Cell(properties[i].GetValue(item)));
            }
        }
        return text.ToString();
    }

    /// <summary>One cell's text.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => double.IsFinite(d) ? CsvText.Number(d) : "",
        float f => CsvText.Number(f),
        bool b => b ? "true" : "false",
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonElement j => j.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(ListSeparator, list.Cast<object?>().Select(Cell)),
        _ => value.ToString() ?? "",
    };

    private static class Columns<T>
    {
        public static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken).ToArray();

        public static readonly string[] Names = Properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray();
    }
}
