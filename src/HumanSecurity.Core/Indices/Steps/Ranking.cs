namespace HumanSecurity.Indices.Steps;

/// <summary>Ranks of a column (NaN stays unranked).</summary>
public static class Ranking
{
    /// <summary>Competition ranks, 1 = highest, ties take the minimum rank (R <c>rank(-x, ties.method = "min")</c>); 0 = missing.</summary>
    public static void DescendingMinRanks(ReadOnlySpan<double> x, Span<int> ranks, Span<int> order, Span<double> keys)
    {
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            ranks[i] = 0;
            if (!double.IsNaN(x[i])) order[n++] = i;
        }
        var used = order[..n];
        var k2 = keys[..n];
        for (var k = 0; k < n; k++) k2[k] = -x[used[k]];
        k2.Sort(used);
        for (var k = 0; k < n; k++)
            ranks[used[k]] = k > 0 && k2[k] == k2[k - 1] ? ranks[used[k - 1]] : k + 1;
    }

    /// <summary>Ascending ranks with ties averaged (R <c>rank(x)</c>); NaN stays NaN. Source and target may be the same span.</summary>
    public static void AverageRanks(ReadOnlySpan<double> x, Span<double> target)
    {
        var idx = new List<int>(x.Length);
        for (var i = 0; i < x.Length; i++) if (!double.IsNaN(x[i])) idx.Add(i);
        var order = idx.ToArray();
        var keys = new double[order.Length];
        for (var k = 0; k < order.Length; k++) keys[k] = x[order[k]];
        keys.AsSpan().Sort(order);
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && keys[end + 1] == keys[start]) end++;
            var avg = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++) target[order[k]] = avg;
            start = end + 1;
        }
    }
}
