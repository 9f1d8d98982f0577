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
        if (column is NumericColumn small && TrySmallIntegers(small.Values, out var fast)) return fast;
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

    /// <summary>Fast path for integer codes in a small range (strata, PSU, area numbers): a direct lookup table.</summary>
    private static bool TrySmallIntegers(double[] v, out CategoryCodes codes)
    {
        codes = null!;
        double min = double.MaxValue, max = double.MinValue;
        foreach (var x in v)
        {
            if (double.IsNaN(x)) continue;
            if (x != Math.Floor(x)) return false;
            if (x < min) min = x;
            if (x > max) max = x;
        }
        if (min > max || max - min > 4_000_000) return false;
        var offset = (long)min;
        var present = new int[(int)(max - min) + 1];
        foreach (var x in v) if (!double.IsNaN(x)) present[(long)x - offset] = 1;
        var labels = new List<string>();
        for (var i = 0; i < present.Length; i++)
            present[i] = present[i] == 0 ? -1 : AddLabel(labels, i + offset);
        var result = new int[v.Length];
        for (var i = 0; i < v.Length; i++) result[i] = double.IsNaN(v[i]) ? -1 : present[(long)v[i] - offset];
        codes = new CategoryCodes(result, [.. labels]);
        return true;
    }

    /// <summary>For integer values in a small range: a lookup table value − offset → dense sorted code, and labels;
    /// no per-row array. False for other columns.</summary>
    public static bool TryLookup(double[] v, out int[] lookup, out long offset, out string[] labels, out bool hasMissing)
    {
        lookup = [];
        labels = [];
        offset = 0;
        hasMissing = false;
        double min = double.MaxValue, max = double.MinValue;
        foreach (var x in v)
        {
            if (double.IsNaN(x)) { hasMissing = true; continue; }
            if (x != Math.Floor(x)) return false;
            if (x < min) min = x;
            if (x > max) max = x;
        }
        if (min > max || max - min > 4_000_000) return false;
        offset = (long)min;
        lookup = new int[(int)(max - min) + 1];
        foreach (var x in v) if (!double.IsNaN(x)) lookup[(long)x - offset] = 1;
        var names = new List<string>();
        for (var i = 0; i < lookup.Length; i++)
            lookup[i] = lookup[i] == 0 ? -1 : AddLabel(names, i + offset);
        labels = [.. names];
        return true;
    }

    private static int AddLabel(List<string> labels, long value)
    {
        labels.Add(value.ToString(CultureInfo.InvariantCulture));
        return labels.Count - 1;
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
