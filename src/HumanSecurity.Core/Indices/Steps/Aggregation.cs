using System.Diagnostics.CodeAnalysis;

namespace HumanSecurity.Indices.Steps;

/// <summary>Aggregates the children of one node for every unit. Weights are re-normalised over each unit's present
/// (non-missing) children; a unit with fewer present children than the node's min_share gets NaN. The generalised mean
/// (p ≠ 0) is missing as soon as one child is, as COINr's <c>a_genmean</c> is.</summary>
public static class Aggregation
{
    /// <summary>Computes <c>scores[node]</c> from the children's columns.</summary>
    public static void Aggregate(IndexTree tree, double[][] scores, int node, IReadOnlyList<string> units)
    {
        var spec = tree.Methods[node];
        if (spec.Method == AggregationMethod.Copeland)
        {
            Copeland(tree, scores, node);
            return;
        }
        if (spec.Method == AggregationMethod.ArithmeticMean) ArithmeticMean(tree, scores, node);
        else General(tree, scores, node, units);
    }

    // Hot loop: no allocation, no calls except on the error path.
    private static void ArithmeticMean(IndexTree tree, double[][] scores, int node)
    {
        var kids = tree.Children[node];
        var target = scores[node];
        var need = tree.MinShare[node] * kids.Length - 1e-9;
        for (var u = 0; u < target.Length; u++)
        {
            double acc = 0, sumW = 0;
            var present = 0;
            for (var k = 0; k < kids.Length; k++)
            {
                var v = scores[kids[k]][u];
                if (double.IsNaN(v)) continue;
                var w = tree.Weights[kids[k]];
                present++;
                acc += w * v;
                sumW += w;
            }
            target[u] = present == 0 || present < need || sumW == 0 ? double.NaN : acc / sumW;
        }
    }

    // Hot loop for the non-linear means: one pass over the children per unit, no allocation.
    private static void General(IndexTree tree, double[][] scores, int node, IReadOnlyList<string> units)
    {
        var kids = tree.Children[node];
        var target = scores[node];
        var method = tree.Methods[node].Method;
        var p = tree.Methods[node].Parameter;
        var p2 = tree.Methods[node].Parameter2;
        if (method == AggregationMethod.GeneralisedMean && p == 0) method = AggregationMethod.GeometricMean;
        var need = tree.MinShare[node] * kids.Length - 1e-9;
        double wMax = 0;
        foreach (var k in kids) wMax = Math.Max(wMax, tree.Weights[k]);
        for (var u = 0; u < target.Length; u++)
        {
            double acc = 0, sumW = 0, extreme = method == AggregationMethod.Min ? double.PositiveInfinity : double.NegativeInfinity;
            int present = 0, absent = 0;
            for (var k = 0; k < kids.Length; k++)
            {
                var v = scores[kids[k]][u];
                if (double.IsNaN(v))
                {
                    absent++;
                    continue;
                }
                var w = tree.Weights[kids[k]];
                present++;
                sumW += w;
                switch (method)
                {
                    case AggregationMethod.GeometricMean:
                        if (!(v > 0)) ThrowDomain(tree, node, kids[k], units[u], v, "the geometric mean needs values > 0");
                        acc += w * Math.Log(v);
                        break;
                    case AggregationMethod.HarmonicMean:
                        if (!(v > 0)) ThrowDomain(tree, node, kids[k], units[u], v, "the harmonic mean needs values > 0");
                        acc += w / v;
                        break;
                    case AggregationMethod.GeneralisedMean:
                        if (!(v > 0) && (p < 0 || v < 0)) ThrowDomain(tree, node, kids[k], units[u], v, "the generalised mean needs values > 0");
                        acc += w * Math.Pow(v, p);
                        break;
                    case AggregationMethod.SoftMax:
                        if (!(p - v > 0)) ThrowDomain(tree, node, kids[k], units[u], v, $"the soft maximum needs values < c = {p}");
                        acc += w * Math.Log((p - v) / p); // relative form: all-zero children give exactly 0
                        break;
                    case AggregationMethod.GeometricMeanZero:
                        if (v < 0) ThrowDomain(tree, node, kids[k], units[u], v, "the geometric mean needs values >= 0");
                        acc += v == 0 ? (w > 0 ? double.NegativeInfinity : 0) : w * Math.Log(v);
                        break;
                    case AggregationMethod.FlagCount:
                        acc += IndexModel.Reaches(v, p) ? 1 : IndexModel.Reaches(v, p2) ? 0.5 : 0;
                        break;
                    case AggregationMethod.Min:
                        if (v < extreme) extreme = v;
                        break;
                    default:
                        var wv = wMax > 0 ? w / wMax * v : v;
                        if (wv > extreme) extreme = wv;
                        break;
                }
            }
            // COINr's a_genmean sums w·x^p without na.rm: one missing child makes the mean missing (its other means skip them).
            var undefined = present == 0 || present < need || sumW == 0 || (absent > 0 && method == AggregationMethod.GeneralisedMean);
            target[u] = undefined ? double.NaN : method switch
            {
                AggregationMethod.GeometricMean or AggregationMethod.GeometricMeanZero => Math.Exp(acc / sumW),
                AggregationMethod.FlagCount => acc,
                AggregationMethod.HarmonicMean => sumW / acc,
                AggregationMethod.GeneralisedMean => Math.Pow(acc / sumW, 1 / p),
                AggregationMethod.SoftMax => p * (1 - Math.Exp(acc / sumW)),
                _ => extreme,
            };
        }
    }

    /// <summary>Copeland outranking (COINr <c>a_copeland</c>): for each pair of units, the weight share of children on which
    /// one beats the other (ties count half, missing pairs skipped); &gt; 0.5 scores +1, &lt; 0.5 scores −1; sum over the others.</summary>
    private static void Copeland(IndexTree tree, double[][] scores, int node)
    {
        var kids = tree.Children[node];
        var target = scores[node];
        var n = target.Length;
        for (var i = 0; i < n; i++)
        {
            var any = false;
            foreach (var k in kids) any |= !double.IsNaN(scores[k][i]);
            if (!any) { target[i] = double.NaN; continue; }
            double score = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                double wins = 0, total = 0;
                foreach (var k in kids)
                {
                    double a = scores[k][i], b = scores[k][j];
                    if (double.IsNaN(a) || double.IsNaN(b)) continue;
                    var w = tree.Weights[k];
                    total += w;
                    wins += a > b ? w : a == b ? 0.5 * w : 0;
                }
                if (total == 0) continue;
                var share = wins / total;
                score += share > 0.5 ? 1 : share < 0.5 ? -1 : 0;
            }
            target[i] = score;
        }
    }

    [DoesNotReturn]
    private static void ThrowDomain(IndexTree tree, int node, int child, string unit, double value, string why)
    {
        var kind = child < tree.IndicatorCount ? "indicator" : "node";
        throw new InvalidInputException($"node {tree.Codes[node]} ({tree.Methods[node]})",
            $"{kind} '{tree.Codes[child]}' is {value} for unit '{unit}'; {why} (normalise to a positive range, e.g. minmax:1:100, or choose another aggregation)");
    }
}
