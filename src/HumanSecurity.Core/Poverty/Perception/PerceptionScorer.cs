using HumanSecurity.Tables;

namespace HumanSecurity.Poverty.Perception;

/// <summary>Scores persons: item recodes → dimension means (over available items, by item weight) → person score
/// Σ_d W_d·s_d; a person with a dimension lacking every item is missing (listwise).</summary>
internal static class PerceptionScorer
{
    /// <summary>Tolerance when comparing a (double) score with an exact cutoff: s ≥ c − 1e-12 reaches c.</summary>
    public const double Tolerance = 1e-12;

    public static (double[] Score, double[][] DimensionScore) Score(PerceptionSpec spec, ColumnTable table, string source, ProblemList problems)
    {
        var n = table.RowCount;
        var dims = spec.Dimensions.Select(d => d.Name).ToList();
        var sum = dims.Select(_ => new double[n]).ToArray();
        var weight = dims.Select(_ => new double[n]).ToArray();
        foreach (var item in spec.Items)
        {
            if (!table.TryGet(item.Column, out var column))
            {
                problems.Error(item.Location, $"item column '{item.Column}' not found in {source}");
                continue;
            }
            if (column is not NumericColumn num)
            {
                problems.Error(item.Location, $"item column '{item.Column}' in {source} is not numeric");
                continue;
            }
            var d = dims.IndexOf(item.Dimension);
            for (var i = 0; i < n; i++)
            {
                var s = item.Recode.Score(num.Values[i]);
                if (double.IsNaN(s)) continue;
                sum[d][i] += item.Weight * s;
                weight[d][i] += item.Weight;
            }
        }
        var dimScore = dims.Select((_, d) => sum[d].Select((v, i) => weight[d][i] > 0 ? v / weight[d][i] : double.NaN).ToArray()).ToArray();
        var score = new double[n];
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var d = 0; d < dims.Count; d++) s += spec.Dimensions[d].Weight.ToDouble() * dimScore[d][i];
            score[i] = s;
        }
        return (score, dimScore);
    }

    public static int Band(PerceptionSpec spec, double score)
    {
        for (var b = 0; b < spec.Bands.Count; b++)
            if (spec.Bands[b].Below is not { } below || score < below.ToDouble() - Tolerance) return b;
        return spec.Bands.Count - 1;
    }
}
