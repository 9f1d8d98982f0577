using HumanSecurity.Storage;

namespace HumanSecurity.Poverty.Runs;

/// <summary>The score rows of a poverty run.</summary>
public static class PovertyScores
{
    /// <summary>Store form: H, A and M0 (every level measure) of every subgroup, unit = group label (an area code),
    /// node <c>M0@k33</c>, level 1, period = round; rank 1 = highest within (round, k, measure, subgroup variable);
    /// class <c>suppressed</c> for withheld cells. The whole population (<c>all</c>) is not a unit and is left out.</summary>
    public static IReadOnlyList<ScoreRow> ByArea(PovertyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Levels.Where(l => l.Over != "all")
            .GroupBy(l => (l.Round, l.K, l.Measure, l.Over))
            .SelectMany(g =>
            {
                var ranked = g.Where(l => !double.IsNaN(l.Value)).OrderByDescending(l => l.Value).Select((l, i) => (l, i + 1)).ToDictionary(p => p.l, p => p.Item2);
                return g.Select(l => new ScoreRow(l.Group, Node(l), 1, Round(l), l.Value, ranked.GetValueOrDefault(l), l.Suppressed ? "suppressed" : null));
            })];
    }

    /// <summary>File form (what <c>levels.csv</c> holds): every level estimate and its standard error, unit
    /// <c>OVER=GROUP</c> (<c>all=all</c> for the whole population), nodes <c>M0@k33</c> and <c>M0@k33|se</c>.</summary>
    public static IReadOnlyList<ScoreRow> Levels(IEnumerable<Estimate> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var rows = new List<ScoreRow>();
        foreach (var l in levels)
        {
            var unit = $"{l.Over}={l.Group}";
            rows.Add(new ScoreRow(unit, Node(l), 1, Round(l), l.Value, 0, l.Suppressed ? "suppressed" : null));
            rows.Add(new ScoreRow(unit, Node(l) + "|se", 0, Round(l), l.Se, 0, null));
        }
        return rows;
    }

    private static string Node(Estimate l) => $"{l.Measure}@k{l.K}";

    private static string? Round(Estimate l) => l.Round.Length == 0 ? null : l.Round;
}
