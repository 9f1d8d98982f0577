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

    /// <summary>Indicator values for areas without their own: the population-weighted mean of their children's values
    /// (own or filled), from the deepest level up; the year of a filled value is the oldest year used.</summary>
    public static Dictionary<string, (double Value, int Year, Period Period)> FillFromChildren(
        Dictionary<string, (double Value, int Year, Period Period)> own, IReadOnlyList<Area> areas, int year, int lookBack)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(areas);
        var period = Period.FromYear(year);
        var values = own.Where(kv => year - kv.Value.Year <= lookBack).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var children = areas.Where(a => a.ParentCode is not null).GroupBy(a => a.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var area in areas.OrderByDescending(a => a.Kind))
        {
            if (values.ContainsKey(area.Code) || !children.TryGetValue(area.Code, out var kids)) continue;
            double acc = 0, sum = 0;
            int oldest = year, used = 0;
            foreach (var kid in kids)
            {
                if (!values.TryGetValue(kid.Code, out var v)) continue;
                var w = kid.PopulationAt(period) is { } pop and > 0 ? pop : 1;
                acc += w * v.Value;
                sum += w;
                oldest = Math.Min(oldest, v.Year);
                used++;
            }
            if (used > 0) values[area.Code] = (acc / sum, oldest, Period.FromYear(oldest));
        }
        return values;
    }
}
