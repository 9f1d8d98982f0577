namespace HumanSecurity.Indices;

public static partial class SensitivityAnalysis
{
    /// <summary>The tree and options of one run: each choice i picks its alternative from u[i] in [0, 1).</summary>
    internal static (IndexTree Tree, PipelineOptions Options) Configure(IndexModel model, IndexTree nominalTree, PipelineOptions nominal,
        IReadOnlyList<UncertainChoice> choices, double[] u, int seed)
    {
        var o = nominal with { KeepSteps = false };
        var drop = new HashSet<string>(nominal.Drop, StringComparer.Ordinal);
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            switch (c.Kind)
            {
                case ChoiceKind.Weights: o = o with { Weights = NoisyWeights(nominalTree, c, unchecked(seed * 7919 + i * 104_729 + (int)(u[i] * int.MaxValue))) }; break;
                case ChoiceKind.Aggregate: o = o with { Aggregate = Pick(c.Aggregations, u[i]) }; break;
                case ChoiceKind.Normalise: o = o with { Normalise = Pick(c.Normalisations, u[i]) }; break;
                case ChoiceKind.Impute: o = o with { Impute = Pick(c.Imputations, u[i]) }; break;
                case ChoiceKind.TreatWinMax: o = o with { Treat = new TreatSpec(TreatMethod.Default, Pick(c.WinMax, u[i])) }; break;
                case ChoiceKind.DropIndicators: DropOne(drop, [.. nominalTree.Indicators.Select(x => x.Code)], u[i]); break;
                default: DropOne(drop, DroppableNodes(nominalTree), u[i]); break;
            }
        }
        o = o with { Drop = drop };
        return (IndexTree.Compile(model, o), o);
    }

    private static T Pick<T>(IReadOnlyList<T> items, double u) => items[Math.Min(items.Count - 1, (int)(u * items.Count))];

    private static void DropOne(HashSet<string> drop, IReadOnlyList<string> candidates, double u)
    {
        var k = Math.Min(candidates.Count, (int)(u * (candidates.Count + 1)));
        if (k > 0) drop.Add(candidates[k - 1]);
    }

    private static string[] DroppableNodes(IndexTree tree)
    {
        var roots = tree.Roots().ToHashSet();
        return [.. Enumerable.Range(tree.IndicatorCount, tree.NodeCount - tree.IndicatorCount).Where(n => !roots.Contains(n)).Select(n => tree.Codes[n])];
    }

    private static Dictionary<string, double> NoisyWeights(IndexTree tree, UncertainChoice c, int seed)
    {
        var random = new Xoshiro256(seed);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var n = 0; n < tree.NodeCount; n++)
        {
            var factor = 1 + c.Noise * (2 * random.NextDouble() - 1);
            weights[tree.Codes[n]] = c.Levels is null || c.Levels.Contains(tree.Levels[n]) ? tree.Weights[n] * factor : tree.Weights[n];
        }
        return weights;
    }
}
