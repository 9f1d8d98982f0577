namespace HumanSecurity.Indices;

/// <summary>A model compiled for evaluation: node 0..<see cref="IndicatorCount"/>−1 are indicators, the rest aggregates
/// in evaluation order (children before parents), each with child indexes, weights, method and missing-data policy.</summary>
public sealed class IndexTree
{
    internal IndexTree(IndexModel model, ModelIndicator[] indicators, ModelNode[] aggregates, int[][] children,
        double[] weights, int[] levels, AggregateSpec[] methods, double[] minShare)
    {
        Model = model;
        Indicators = indicators;
        Aggregates = aggregates;
        Children = children;
        Weights = weights;
        Levels = levels;
        Methods = methods;
        MinShare = minShare;
        Codes = [.. indicators.Select(i => i.Code), .. aggregates.Select(a => a.Code)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Codes.Length; i++) index[Codes[i]] = i;
        Index = index;
    }

    public IndexModel Model { get; }

    public ModelIndicator[] Indicators { get; }

    public ModelNode[] Aggregates { get; }

    public int IndicatorCount => Indicators.Length;

    public int NodeCount => Codes.Length;

    /// <summary>Code of each node (indicators first).</summary>
    public string[] Codes { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    /// <summary>Children of each node (empty for indicators).</summary>
    public int[][] Children { get; }

    /// <summary>Weight of each node inside its parent(s).</summary>
    public double[] Weights { get; }

    /// <summary>Level of each node: 1 for indicators, 1 + the highest child level for aggregates unless declared.</summary>
    public int[] Levels { get; }

    /// <summary>Aggregation of each node (ignored for indicators).</summary>
    public AggregateSpec[] Methods { get; }

    /// <summary>Minimum share of present children for each node.</summary>
    public double[] MinShare { get; }

    /// <summary>Nodes without a parent: the index and any further views.</summary>
    public IEnumerable<int> Roots()
    {
        var hasParent = new bool[NodeCount];
        foreach (var ch in Children) foreach (var c in ch) hasParent[c] = true;
        for (var i = IndicatorCount; i < NodeCount; i++) if (!hasParent[i]) yield return i;
    }

    /// <summary>Parent indexes of each node.</summary>
    public List<int>[] Parents()
    {
        var parents = new List<int>[NodeCount];
        for (var i = 0; i < NodeCount; i++) parents[i] = [];
        for (var p = 0; p < NodeCount; p++) foreach (var c in Children[p]) parents[c].Add(p);
        return parents;
    }

    /// <summary>Compiles and validates a model; throws <see cref="InvalidInputException"/> with every problem located.</summary>
    public static IndexTree Compile(IndexModel model, PipelineOptions? options = null) => IndexTreeCompiler.Compile(model, options ?? new());
}
