using System.Globalization;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Links roster person rows to household rows through the unit identifier.</summary>
internal static class RosterLink
{
    public static int[] Map(PovertySpec spec, ColumnTable households, ColumnTable persons)
    {
        var index = new Dictionary<string, int>(households.RowCount, StringComparer.Ordinal);
        var unit = households[spec.Unit];
        for (var h = 0; h < households.RowCount; h++)
        {
            var key = Key(unit, h);
            if (key is not null) index.TryAdd(key, h);
        }
        var personUnit = persons[spec.RosterUnit ?? spec.Unit];
        var map = new int[persons.RowCount];
        for (var p = 0; p < map.Length; p++)
        {
            var key = Key(personUnit, p);
            map[p] = key is not null && index.TryGetValue(key, out var h) ? h : -1;
        }
        return map;
    }

    private static string? Key(Column column, int row) => column switch
    {
        NumericColumn n => double.IsNaN(n.Values[row]) ? null : n.Values[row].ToString("R", CultureInfo.InvariantCulture),
        TextColumn t => string.IsNullOrEmpty(t.Values[row]) ? null : t.Values[row]!.Trim(),
        _ => null,
    };
}
