namespace HumanSecurity.Indices;

/// <summary>A unit's trend on a node over a panel: its first and last scored periods and values, change and CAGR.</summary>
public sealed record PanelTrend(string Unit, string Node, double FirstPeriod, double LastPeriod, double First, double Last)
{
    public double Change => Last - First;

    /// <summary>Compound annual growth rate over <c>LastPeriod − FirstPeriod</c> years (<see cref="Trends.Cagr(double, double, double)"/>);
    /// NaN when a value is not positive or the unit was scored in one period only.</summary>
    public double Cagr => Trends.Cagr(First, Last, LastPeriod - FirstPeriod);
}

/// <summary>One indicator's contribution to a unit's change on a top node between its first and last scored periods.</summary>
public sealed record PanelChange(string Unit, string Node, string Indicator, double FirstPeriod, double LastPeriod, double Contribution);

/// <summary>Trends and change decomposition over the runs of an <see cref="IndexPanel"/>.</summary>
public static class PanelAnalysis
{
    /// <summary>Per node (indicators included) and unit with at least one score: first → last scored period.</summary>
    public static List<PanelTrend> Trends(IndexPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var result = new List<PanelTrend>();
        var units = UnitIndex(panel);
        foreach (var node in NodeCodes(panel))
            foreach (var unit in UnitCodes(panel))
                if (Span(panel, units, unit, node) is var (a, b))
                    result.Add(new PanelTrend(unit, node, a.Period, b.Period, a.Score, b.Score));
        return result;
    }

    /// <summary>For every top node and unit scored in two or more periods: the change of the node between the unit's first and
    /// last scored period shared among indicators (<see cref="Contributions.Change"/>); the contributions sum to the change.</summary>
    public static List<PanelChange> Changes(IndexPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var result = new List<PanelChange>();
        var latest = panel.Latest.Tree;
        var units = UnitIndex(panel);
        foreach (var top in latest.Roots().Select(r => latest.Codes[r]))
            foreach (var unit in UnitCodes(panel))
            {
                if (Span(panel, units, unit, top) is not var (a, b) || a.Period == b.Period) continue;
                var before = panel.Runs[a.Run];
                var after = panel.Runs[b.Run];
                var d = Contributions.Change(before, after, top, unit);
                for (var i = 0; i < after.Tree.IndicatorCount; i++)
                    result.Add(new PanelChange(unit, top, after.Tree.Codes[i], a.Period, b.Period, d[i]));
                // Indicators scored in the first period only: their contribution fell to zero.
                var lost = Contributions.Compute(before, before.Tree.Index[top], units[a.Run][unit]);
                for (var i = 0; i < before.Tree.IndicatorCount; i++)
                    if (!after.Tree.Index.ContainsKey(before.Tree.Codes[i]))
                        result.Add(new PanelChange(unit, top, before.Tree.Codes[i], a.Period, b.Period, -lost[i]));
            }
        return result;
    }

    /// <summary>The unit's first and last (run index, period, score) with a score on the node, or null.</summary>
    private static ((int Run, double Period, double Score), (int Run, double Period, double Score))? Span(IndexPanel panel,
        List<Dictionary<string, int>> units, string unit, string node)
    {
        (int, double, double)? first = null, last = null;
        for (var r = 0; r < panel.Runs.Count; r++)
        {
            var run = panel.Runs[r];
            if (!run.Tree.Index.TryGetValue(node, out var n)) continue;
            if (!units[r].TryGetValue(unit, out var u) || double.IsNaN(run.Scores[n][u])) continue;
            var point = (r, run.Period ?? r, run.Scores[n][u]);
            first ??= point;
            last = point;
        }
        return first is { } f && last is { } l ? (f, l) : null;
    }

    private static List<Dictionary<string, int>> UnitIndex(IndexPanel panel) =>
        [.. panel.Runs.Select(r => r.Units.Select((u, i) => (u, i)).ToDictionary(t => t.u, t => t.i, StringComparer.Ordinal))];

    private static IEnumerable<string> NodeCodes(IndexPanel panel) =>
        panel.Runs.SelectMany(r => r.Tree.Codes).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> UnitCodes(IndexPanel panel) =>
        panel.Runs.SelectMany(r => r.Units).Distinct(StringComparer.Ordinal);
}
