using HumanSecurity.Indices;

namespace HumanSecurity.Benchmarks.Index;

/// <summary>The reference peer: the same pipeline (mean imputation, COINr default treatment, min–max, weighted means per
/// node with re-normalised weights, ranks) written the straightforward way, one dictionary row per unit and LINQ per step,
/// as a script would. COINr itself (R) cannot be installed here (no CRAN), so this stands in for it.</summary>
public static class NaivePipeline
{
    public static Dictionary<string, Dictionary<string, double>> Run(IndexModel model, IndexData data, bool imputeAndTreat, double lo, double hi)
    {
        var rows = data.Units.Select((u, r) => (Unit: u, Values: model.Indicators.ToDictionary(i => i.Code, i => data.Numeric[i.Code][r]))).ToList();
        foreach (var ind in model.Indicators)
        {
            if (imputeAndTreat)
            {
                var mean = rows.Select(r => r.Values[ind.Code]).Where(v => !double.IsNaN(v)).Average();
                foreach (var r in rows) if (double.IsNaN(r.Values[ind.Code])) r.Values[ind.Code] = mean;
            }
            var col = rows.Select(r => r.Values[ind.Code]).ToArray();
            if (imputeAndTreat) HumanSecurity.Indices.Steps.Treatment.DefaultTreatment(col, 5);
            var dir = col.Select(v => v * ind.Direction).ToList();
            double min = dir.Where(v => !double.IsNaN(v)).Min(), max = dir.Where(v => !double.IsNaN(v)).Max();
            for (var k = 0; k < rows.Count; k++) rows[k].Values[ind.Code] = (dir[k] - min) / (max - min) * (hi - lo) + lo;
        }
        var levels = model.Nodes.Select(n => n.Code).ToList();
        var weight = model.Indicators.ToDictionary(i => i.Code, i => i.Weight);
        foreach (var n in model.Nodes) weight[n.Code] = n.Weight;
        var children = levels.ToDictionary(c => c, c => model.Indicators.Where(i => i.Parent == c).Select(i => i.Code)
            .Concat(model.Nodes.Where(x => x.Parent == c).Select(x => x.Code)).ToList());
        foreach (var node in model.Nodes.OrderBy(n => Depth(model, n.Code)).Reverse())
        {
            var method = node.Aggregate ?? model.Defaults.Aggregate;
            foreach (var r in rows)
            {
                var present = children[node.Code].Where(c => !double.IsNaN(r.Values[c])).ToList();
                var w = present.Sum(c => weight[c]);
                r.Values[node.Code] = method.Method switch
                {
                    AggregationMethod.GeometricMean => Math.Exp(present.Sum(c => weight[c] * Math.Log(r.Values[c])) / w),
                    AggregationMethod.SoftMax => method.Parameter - Math.Exp(present.Sum(c => weight[c] * Math.Log(method.Parameter - r.Values[c])) / w),
                    _ => present.Sum(c => weight[c] * r.Values[c]) / w,
                };
            }
        }
        foreach (var node in levels)
        {
            var ordered = rows.Where(r => !double.IsNaN(r.Values[node])).OrderByDescending(r => r.Values[node]).ToList();
            for (var k = 0; k < ordered.Count; k++) ordered[k].Values[node + "#rank"] = k + 1;
        }
        return rows.ToDictionary(r => r.Unit, r => r.Values);
    }

    private static int Depth(IndexModel model, string code)
    {
        var d = 0;
        for (var n = model.Nodes.First(x => x.Code == code); n.Parent is not null; n = model.Nodes.First(x => x.Code == n.Parent)) d++;
        return d;
    }
}
