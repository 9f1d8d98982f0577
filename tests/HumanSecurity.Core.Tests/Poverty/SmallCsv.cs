using System.Globalization;
using HumanSecurity.Tables;

namespace HumanSecurity.Core.Tests.Poverty;

/// <summary>Reads the small fixture CSVs (no quoting) into a ColumnTable; numeric when every non-empty value parses.</summary>
internal static class SmallCsv
{
    public static ColumnTable Read(string path) => Parse(Path.GetFileName(path), File.ReadAllLines(path));

    public static ColumnTable Parse(string name, IReadOnlyList<string> lines)
    {
        var header = lines[0].Split(',');
        var cells = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var columns = new List<Column>();
        for (var c = 0; c < header.Length; c++)
        {
            var values = cells.Select(r => r[c]).ToArray();
            var numeric = values.All(v => v.Length == 0 || double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            columns.Add(numeric
                ? new NumericColumn(header[c], values.Select(v => v.Length == 0 ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
                : new TextColumn(header[c], values.Select(v => v.Length == 0 ? null : v).ToArray()));
        }
        return new ColumnTable(name, columns);
    }
}
