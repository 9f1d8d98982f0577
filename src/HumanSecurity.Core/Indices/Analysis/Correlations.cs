using HumanSecurity.Indices.Steps;
using MathNet.Numerics.LinearAlgebra;

namespace HumanSecurity.Indices;

/// <summary>Multivariate checks on a run: correlation matrices per level, Cronbach's alpha per node, first-principal-component weights.</summary>
public static class Correlations
{
    /// <summary>Pearson correlation of two columns over units where both are present; NaN with fewer than 2 pairs.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i])) { sx += x[i]; sy += y[i]; n++; }
        if (n < 2) return double.NaN;
        double mx = sx / n, my = sy / n, sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Correlation matrix of the nodes of one level (indicators are level 1).</summary>
    public static (string[] Codes, double[,] Matrix) ByLevel(IndexRun run, int level)
    {
        ArgumentNullException.ThrowIfNull(run);
        var nodes = Enumerable.Range(0, run.Tree.NodeCount).Where(n => run.Tree.Levels[n] == level).ToArray();
        var m = new double[nodes.Length, nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
            for (var j = 0; j < nodes.Length; j++)
                m[i, j] = i == j ? 1 : Pearson(run.Scores[nodes[i]], run.Scores[nodes[j]]);
        return ([.. nodes.Select(n => run.Tree.Codes[n])], m);
    }

    /// <summary>Cronbach's alpha of a node's children over units with every child present: k/(k−1)·(1 − Σvar_i / var_total).</summary>
    public static double CronbachAlpha(IndexRun run, int node)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cols = CompleteCases(run, node);
        var k = cols.Length;
        if (k < 2 || cols[0].Length < 2) return double.NaN;
        var total = new double[cols[0].Length];
        double sumVar = 0;
        foreach (var c in cols)
        {
            sumVar += Square(Moments.SampleSd(c));
            for (var u = 0; u < c.Length; u++) total[u] += c[u];
        }
        return k / (k - 1.0) * (1 - sumVar / Square(Moments.SampleSd(total)));
    }

    /// <summary>Weights of a node's children from the first principal component of their correlation matrix (complete cases):
    /// absolute loadings normalised to sum 1, plus the share of variance the component explains. NaN when fewer than 3 units
    /// have every child or a child is constant.</summary>
    public static (double[] Weights, double VarianceShare) PcaWeights(IndexRun run, int node)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cols = CompleteCases(run, node);
        var k = cols.Length;
        var corr = Matrix<double>.Build.Dense(k, k, (i, j) => i == j ? 1 : Pearson(cols[i], cols[j]));
        if (k < 2 || cols[0].Length < 3 || corr.Enumerate().Any(v => !double.IsFinite(v)))
            return ([.. Enumerable.Repeat(double.NaN, k)], double.NaN);
        var evd = corr.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        var top = Array.IndexOf(values, values.Max());
        var loadings = evd.EigenVectors.Column(top).Select(Math.Abs).ToArray();
        var sum = loadings.Sum();
        return ([.. loadings.Select(l => l / sum)], values[top] / values.Sum());
    }

    private static double[][] CompleteCases(IndexRun run, int node)
    {
        var kids = run.Tree.Children[node];
        var rows = Enumerable.Range(0, run.Units.Length).Where(u => kids.All(k => !double.IsNaN(run.Scores[k][u]))).ToArray();
        return [.. kids.Select(k => rows.Select(u => run.Scores[k][u]).ToArray())];
    }

    private static double Square(double x) => x * x;
}
