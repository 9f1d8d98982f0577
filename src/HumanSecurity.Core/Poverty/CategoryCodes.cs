using System.Globalization;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>A column encoded as dense integer codes (−1 = missing) with labels sorted numerically or ordinally.</summary>
internal sealed class CategoryCodes
{
    private CategoryCodes(int[] codes, string[] labels)
    {
        Codes = codes;
        Labels = labels;
    }

    public int[] Codes { get; }

    public string[] Labels { get; }

    public int Count => Labels.Length;

    public static string Label(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static CategoryCodes Encode(Column column)
    {
        var n = column.Length;
        var codes = new int[n];
        string[] labels;
        if (column is NumericColumn num)
        {
            var map = new Dictionary<double, int>();
            var v = num.Values;
            for (var i = 0; i < n; i++)
            {
                if (double.IsNaN(v[i])) { codes[i] = -1; continue; }
                if (!map.TryGetValue(v[i], out var c)) { c = map.Count; map.Add(v[i], c); }
                codes[i] = c;
            }
            var keys = map.OrderBy(p => p.Key).ToArray();
            labels = keys.Select(p => Label(p.Key)).ToArray();
            Remap(codes, keys.Select(p => p.Value).ToArray());
        }
        else
        {
            var text = ((TextColumn)column).Values;
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                var s = text[i];
                if (s is null || s.Length == 0) { codes[i] = -1; continue; }
                if (!map.TryGetValue(s, out var c)) { c = map.Count; map.Add(s, c); }
                codes[i] = c;
            }
            var keys = map.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
            labels = keys.Select(p => p.Key).ToArray();
            Remap(codes, keys.Select(p => p.Value).ToArray());
        }
        return new CategoryCodes(codes, labels);
    }

    public static CategoryCodes From(int[] codes, string[] labels) => new(codes, labels);

    /// <summary>A single category "all" for every row.</summary>
    public static CategoryCodes Constant(int n, string label) => new(new int[n], [label]);

    private static void Remap(int[] codes, int[] oldCodeBySortedPosition)
    {
        var newCode = new int[oldCodeBySortedPosition.Length];
        for (var i = 0; i < newCode.Length; i++) newCode[oldCodeBySortedPosition[i]] = i;
        for (var i = 0; i < codes.Length; i++)
            if (codes[i] >= 0) codes[i] = newCode[codes[i]];
    }
}
