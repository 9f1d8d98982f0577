namespace HumanSecurity.Indices;

/// <summary>Contribution of each indicator to a unit's score on a node, and to its change between two runs (periods).
/// At each node the score is shared among present children in proportion to w_c·x_c (exact for arithmetic means, where
/// contributions sum to the score; a proportional allocation for the non-linear means).</summary>
public static class Contributions
{
    /// <summary>Contribution of every node (indicators included) under <paramref name="node"/> to the unit's score; missing = 0.</summary>
    public static double[] Compute(IndexRun run, int node, int unit)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Compute(run.Tree, n => run.Scores[n][unit], node);
    }

    /// <summary>Contribution of every node under <paramref name="node"/> to one unit's score, from that unit's score on each
    /// node (<paramref name="score"/> by node index, NaN = missing), e.g. scores read back from a saved run; missing = 0.</summary>
    public static double[] Compute(IndexTree tree, Func<int, double> score, int node)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(score);
        var c = new double[tree.NodeCount];
        c[node] = score(node);
        if (double.IsNaN(c[node])) return new double[tree.NodeCount];
        for (var n = node; n >= tree.IndicatorCount; n--)
        {
            if (c[n] == 0) continue;
            double total = 0;
            foreach (var k in tree.Children[n])
                if (!double.IsNaN(score(k))) total += tree.Weights[k] * score(k);
            if (total == 0) continue;
            foreach (var k in tree.Children[n])
                if (!double.IsNaN(score(k))) c[k] += c[n] * tree.Weights[k] * score(k) / total;
        }
        return c;
    }

    /// <summary>Change of each node's contribution between two runs of the same model (e.g. two periods): after − before.</summary>
    public static double[] Change(IndexRun before, IndexRun after, string node, string unit)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Compute(before, before.Tree.Index[node], Array.IndexOf(before.Units, unit));
        var b = Compute(after, after.Tree.Index[node], Array.IndexOf(after.Units, unit));
        var d = new double[b.Length];
        for (var i = 0; i < d.Length; i++) d[i] = b[i] - (before.Tree.Index.TryGetValue(after.Tree.Codes[i], out var j) ? a[j] : 0);
        return d;
    }
}
