using HumanSecurity.Indices.Steps;

namespace HumanSecurity.Indices;

internal sealed partial class PipelineInput
{
    private static List<(int, int)> TemporalImpute(IndexTree tree, IndexData data, PipelineOptions options, double[][] columns, bool[][] imputed)
    {
        var done = new List<(int, int)>();
        IReadOnlyList<int[]>? byUnit = null;
        for (var i = 0; i < tree.IndicatorCount; i++)
        {
            var spec = options.Impute ?? tree.Indicators[i].Impute ?? tree.Model.Defaults.Impute;
            if (!Imputation.IsTemporal(spec)) continue;
            if (data.Time is null)
                throw new InvalidInputException(data.Source, $"imputation '{spec}' works along time but the data has no time column");
            byUnit ??= RowsByUnit(data);
            var before = (bool[])imputed[i].Clone();
            Imputation.Temporal(columns[i], imputed[i], spec, data.Time, byUnit);
            for (var r = 0; r < before.Length; r++) if (imputed[i][r] && !before[r]) done.Add((i, r));
        }
        return done;
    }

    private static int[][] RowsByUnit(IndexData data) =>
        [.. Enumerable.Range(0, data.RowCount).GroupBy(r => data.Units[r], StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => data.Time![r]).ToArray())];

    /// <summary>Rows of the scored period (all rows for a cross-section); each unit must appear once.</summary>
    private static int[] SelectRows(IndexData data, PipelineOptions options, out double? period)
    {
        period = null;
        IEnumerable<int> rows = Enumerable.Range(0, data.RowCount);
        if (data.Time is { } time && time.Length > 0)
        {
            var chosen = options.Period ?? time.Where(t => !double.IsNaN(t)).DefaultIfEmpty(double.NaN).Max();
            if (!time.Contains(chosen))
                throw new InvalidInputException(data.Source, $"period {chosen} is not in the data (periods: {string.Join(", ", time.Distinct().Order())})");
            period = chosen;
            rows = rows.Where(r => time[r] == chosen);
        }
        var selected = rows.ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new ProblemList();
        foreach (var r in selected)
        {
            if (string.IsNullOrWhiteSpace(data.Units[r])) problems.Error(data.RowLocation(r), "unit code is empty");
            else if (!seen.TryAdd(data.Units[r], r))
                problems.Error(data.RowLocation(r), $"unit '{data.Units[r]}' appears twice (also at {data.RowLocation(seen[data.Units[r]])}){(period is null ? "" : $" in period {period}")}");
        }
        problems.ThrowIfErrors();
        if (selected.Length == 0) throw new InvalidInputException(data.Source, "no units to score");
        return selected;
    }
}
