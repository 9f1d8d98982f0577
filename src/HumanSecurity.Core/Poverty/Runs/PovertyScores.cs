using HumanSecurity.Storage;

namespace HumanSecurity.Poverty.Runs;

/// <summary>The score rows of a poverty run.</summary>
public static class PovertyScores
{
    /// <summary>Store form: H, A and M0 (every level measure) of every subgroup, unit = group label (an area code),
    /// node <c>M0@k33</c>, level 1, period = round; rank 1 = highest within (round, k, measure, subgroup variable);
    /// class <c>suppressed</c> for withheld cells. The confidence bounds are level-0 rows <c>M0@k33|ci_low</c> and
    /// <c>M0@k33|ci_high</c> (as index runs keep reliability beside scores); a suppressed cell keeps no number, bounds
    /// included. The whole population (<c>all</c>) is not a unit and is left out.</summary>
    public static IReadOnlyList<ScoreRow> ByArea(PovertyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Levels.Where(l => l.Over != "all")
            .GroupBy(l => (l.Round, l.K, l.Measure, l.Over))
            .SelectMany(g =>
            {
                var ranked = g.Where(l => !double.IsNaN(l.Value)).OrderByDescending(l => l.Value).Select((l, i) => (l, i + 1)).ToDictionary(p => p.l, p => p.Item2);
                return g.SelectMany(l => AreaRows(l, ranked.GetValueOrDefault(l)));
            })];
    }

    private static IEnumerable<ScoreRow> AreaRows(Estimate l, int rank)
    {
        var mark = l.Suppressed ? "suppressed" : null;
        yield return new ScoreRow(l.Group, Node(l), 1, Round(l), l.Value, rank, mark);
        if (double.IsNaN(l.CiLow) && double.IsNaN(l.CiHigh)) yield break;
        yield return new ScoreRow(l.Group, Node(l) + "|ci_low", 0, Round(l), l.Suppressed ? double.NaN : l.CiLow, 0, mark);
        yield return new ScoreRow(l.Group, Node(l) + "|ci_high", 0, Round(l), l.Suppressed ? double.NaN : l.CiHigh, 0, mark);
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
