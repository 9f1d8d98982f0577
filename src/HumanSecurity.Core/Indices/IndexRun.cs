namespace HumanSecurity.Indices;

/// <summary>The result of running a model on data: a score, rank and class per unit and node, the indicator matrix after
/// every step that ran (when kept), and what each step did.</summary>
public sealed class IndexRun
{
    internal IndexRun(IndexTree tree, string[] units, double[][] scores)
    {
        Tree = tree;
        Units = units;
        Scores = scores;
        Ranks = new int[scores.Length][];
    }

    public IndexTree Tree { get; }

    /// <summary>Units scored (after screening), in data order.</summary>
    public string[] Units { get; }

    /// <summary>One column per tree node: normalised values for indicators, aggregate scores for the rest; NaN = missing.</summary>
    public double[][] Scores { get; }

    /// <summary>Ranks per node, 1 = highest, ties take the minimum rank, 0 = missing.</summary>
    public int[][] Ranks { get; }

    /// <summary>Indicator matrix after each step that ran, in order (<c>raw</c>, <c>denominated</c>, ...), when steps were kept.</summary>
    public List<(string Step, string[] Units, double[][] Values)> Steps { get; } = [];

    /// <summary>Per indicator, which units' values were missing in the raw data.</summary>
    public bool[][] Missing { get; internal set; } = [];

    /// <summary>Per indicator, which units' values were imputed.</summary>
    public bool[][] Imputed { get; internal set; } = [];

    /// <summary>Per indicator, what the treatment did (<c>none</c>, <c>winsorised 2</c>, <c>log_ct</c>).</summary>
    public string[] Treatments { get; internal set; } = [];

    /// <summary>Units dropped by screening.</summary>
    public List<string> Screened { get; } = [];

    /// <summary>Period scored (panel data), or null.</summary>
    public double? Period { get; internal set; }

    /// <summary>Milliseconds per step.</summary>
    public Dictionary<string, double> Timings { get; } = [];

    /// <summary>Class label of a unit on a node, or null.</summary>
    public string? ClassOf(int node, int unit) => Tree.Model.Classify(Scores[node][unit]);
}
