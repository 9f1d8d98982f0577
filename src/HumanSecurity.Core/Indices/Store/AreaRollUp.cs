using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Indices;

/// <summary>Rolls scores of areas up to their ancestors (admin-2 → admin-1 → country → region → world): a parent's score on
/// each node is the population-weighted mean of its scored children (equal weights when a child has no population).</summary>
public static class AreaRollUp
{
    /// <summary>Scores per ancestor area: code → one value per tree node (NaN when no child has a score).</summary>
    public static Dictionary<string, double[]> Compute(IndexRun run, IReadOnlyList<Area> areas, int year)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(areas);
        var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var period = Period.FromYear(year);
        var nodes = run.Tree.NodeCount;
        // current layer: area → scores
        var layer = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var u = 0; u < run.Units.Length; u++) layer[run.Units[u]] = [.. Enumerable.Range(0, nodes).Select(n => run.Scores[n][u])];
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        while (true)
        {
            var groups = layer.Keys.Where(c => byCode.TryGetValue(c, out var a) && a.ParentCode is not null && byCode.ContainsKey(a.ParentCode))
                .GroupBy(c => byCode[c].ParentCode!, StringComparer.Ordinal).ToList();
            if (groups.Count == 0) break;
            var next = new Dictionary<string, double[]>(StringComparer.Ordinal);
            foreach (var g in groups)
            {
                var children = g.ToList();
                var weights = children.Select(c => byCode[c].PopulationAt(period) ?? double.NaN).ToArray();
                if (weights.Any(w => double.IsNaN(w) || w <= 0)) Array.Fill(weights, 1.0);
                var scores = new double[nodes];
                for (var n = 0; n < nodes; n++)
                {
                    double acc = 0, sum = 0;
                    for (var k = 0; k < children.Count; k++)
                    {
                        var v = layer[children[k]][n];
                        if (double.IsNaN(v)) continue;
                        acc += weights[k] * v;
                        sum += weights[k];
                    }
                    scores[n] = sum == 0 ? double.NaN : acc / sum;
                }
                next[g.Key] = scores;
                result[g.Key] = scores;
            }
            layer = next;
        }
        return result;
    }
}
