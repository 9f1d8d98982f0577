namespace HumanSecurity.Indices;

/// <summary>How reliable each score is: the share of the indicators under a node that were missing in the data, and the
/// share that were imputed, per unit (INFORM reports a Lack of Reliability Index beside its scores; we report the inputs).</summary>
public sealed class Reliability
{
    private Reliability(double[][] missing, double[][] imputed)
    {
        MissingShare = missing;
        ImputedShare = imputed;
    }

    /// <summary>Per node and unit: share of leaf indicators missing in the raw data (before imputation).</summary>
    public double[][] MissingShare { get; }

    /// <summary>Per node and unit: share of leaf indicators whose value was imputed.</summary>
    public double[][] ImputedShare { get; }

    public static Reliability Compute(IndexRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var tree = run.Tree;
        var n = run.Units.Length;
        var leaves = Leaves(tree);
        var missing = new double[tree.NodeCount][];
        var imputed = new double[tree.NodeCount][];
        for (var node = 0; node < tree.NodeCount; node++)
        {
            missing[node] = new double[n];
            imputed[node] = new double[n];
            var set = leaves[node];
            for (var u = 0; u < n; u++)
            {
                int m = 0, im = 0;
                foreach (var leaf in set)
                {
                    if (run.Missing[leaf][u]) m++;
                    if (run.Imputed[leaf][u]) im++;
                }
                missing[node][u] = (double)m / set.Count;
                imputed[node][u] = (double)im / set.Count;
            }
        }
        return new Reliability(missing, imputed);
    }

    /// <summary>Leaf indicators under each node (an indicator is its own leaf).</summary>
    internal static List<int>[] Leaves(IndexTree tree)
    {
        var leaves = new List<int>[tree.NodeCount];
        for (var i = 0; i < tree.NodeCount; i++)
        {
            if (i < tree.IndicatorCount) leaves[i] = [i];
            else leaves[i] = [.. tree.Children[i].SelectMany(c => leaves[c]).Distinct()];
        }
        return leaves;
    }
}
