namespace HumanSecurity.Indices.Steps;

/// <summary>Fills missing values of one indicator column; marks filled cells in <c>imputed</c>.</summary>
public static class Imputation
{
    /// <summary>True for the methods that work along time within a unit (run on the whole panel, before the period is chosen).</summary>
    public static bool IsTemporal(ImputeSpec spec) => spec.Method is ImputeMethod.Latest or ImputeMethod.Linear;

    /// <summary>Cross-sectional imputation: mean, median, or by group (a text column with one group label per row).</summary>
    public static void CrossSection(Span<double> x, Span<bool> imputed, ImputeSpec spec, string[]? groups)
    {
        switch (spec.Method)
        {
            case ImputeMethod.Mean: Fill(x, imputed, Mean(x)); break;
            case ImputeMethod.Median: Fill(x, imputed, Median(x)); break;
            case ImputeMethod.GroupMean or ImputeMethod.GroupMedian when groups is not null:
                var median = spec.Method == ImputeMethod.GroupMedian;
                foreach (var g in groups!.Distinct(StringComparer.Ordinal))
                {
                    var rows = new List<int>();
                    for (var i = 0; i < groups.Length; i++) if (groups[i] == g) rows.Add(i);
                    var values = new double[rows.Count];
                    for (var k = 0; k < rows.Count; k++) values[k] = x[rows[k]];
                    var fill = median ? Median(values) : Mean(values);
                    foreach (var r in rows)
                        if (double.IsNaN(x[r]) && !double.IsNaN(fill)) { x[r] = fill; imputed[r] = true; }
                }
                break;
        }
    }

    /// <summary>Temporal imputation along each unit's rows ordered by time: the latest earlier value within
    /// <see cref="ImputeSpec.LookBack"/> periods, or linear interpolation between the nearest earlier and later values.</summary>
    public static void Temporal(Span<double> x, Span<bool> imputed, ImputeSpec spec, double[] time, IReadOnlyList<int[]> byUnit)
    {
        var source = x.ToArray();
        foreach (var rows in byUnit)
        {
            for (var k = 0; k < rows.Length; k++)
            {
                var r = rows[k];
                if (!double.IsNaN(source[r])) continue;
                var before = k - 1;
                while (before >= 0 && double.IsNaN(source[rows[before]])) before--;
                double value;
                if (spec.Method == ImputeMethod.Latest)
                {
                    if (before < 0 || time[r] - time[rows[before]] > spec.LookBack) continue;
                    value = source[rows[before]];
                }
                else
                {
                    var after = k + 1;
                    while (after < rows.Length && double.IsNaN(source[rows[after]])) after++;
                    if (before < 0 || after >= rows.Length) continue;
                    double t0 = time[rows[before]], t1 = time[rows[after]], v0 = source[rows[before]], v1 = source[rows[after]];
                    value = v0 + (v1 - v0) * (time[r] - t0) / (t1 - t0);
                }
                x[r] = value;
                imputed[r] = true;
            }
        }
    }

    private static void Fill(Span<double> x, Span<bool> imputed, double value)
    {
        if (double.IsNaN(value)) return;
        for (var i = 0; i < x.Length; i++)
            if (double.IsNaN(x[i])) { x[i] = value; imputed[i] = true; }
    }

    internal static double Mean(ReadOnlySpan<double> x) => Moments.CountMean(x).Mean;

    internal static double Median(ReadOnlySpan<double> x)
    {
        var v = new List<double>(x.Length);
        foreach (var d in x) if (!double.IsNaN(d)) v.Add(d);
        if (v.Count == 0) return double.NaN;
        v.Sort();
        var m = v.Count / 2;
        return v.Count % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
