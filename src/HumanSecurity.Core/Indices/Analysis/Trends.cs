namespace HumanSecurity.Indices;

/// <summary>Trends of scores over a panel of runs (one run per period).</summary>
public static class Trends
{
    /// <summary>Compound annual growth rate (first → last)^(1/years) − 1 (COINr <c>CAGR</c>); NaN when either value is
    /// missing or not positive, or years ≤ 0.</summary>
    public static double Cagr(double first, double last, double years) =>
        first > 0 && last > 0 && years > 0 ? Math.Pow(last / first, 1 / years) - 1 : double.NaN;

    /// <summary>CAGR of every unit on a node between two runs of the same model (periods <paramref name="years"/> apart).</summary>
    public static Dictionary<string, double> Cagr(IndexRun first, IndexRun last, string node, double years)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        var a = first.Scores[first.Tree.Index[node]];
        var b = last.Scores[last.Tree.Index[node]];
        var lastIndex = last.Units.Select((u, i) => (u, i)).ToDictionary(t => t.u, t => t.i, StringComparer.Ordinal);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var u = 0; u < first.Units.Length; u++)
            if (lastIndex.TryGetValue(first.Units[u], out var j)) result[first.Units[u]] = Cagr(a[u], b[j], years);
        return result;
    }
}
