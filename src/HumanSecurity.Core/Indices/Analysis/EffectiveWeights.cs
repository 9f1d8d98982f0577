namespace HumanSecurity.Indices;

/// <summary>Effective weight of every node in a root's score (COINr <c>get_eff_weights</c>): the product of the node's weight
/// share among its siblings along the path from the root. Effective weights of the indicators under a root sum to 1.</summary>
public static class EffectiveWeights
{
    public static double[] Compute(IndexTree tree, int root)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var eff = new double[tree.NodeCount];
        eff[root] = 1;
        for (var n = tree.NodeCount - 1; n >= tree.IndicatorCount; n--)
        {
            if (eff[n] == 0) continue;
            var kids = tree.Children[n];
            var sum = kids.Sum(k => tree.Weights[k]);
            if (sum == 0) continue;
            foreach (var k in kids) eff[k] += eff[n] * tree.Weights[k] / sum;
        }
        return eff;
    }
}
