using HumanSecurity.Indices;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>Trends of an area: the index nodes over the periods of a panel (index runs saved together, normalised on one
/// scale: with change decomposition) or of separate runs of the same model and level (no decomposition: each year was
/// normalised on its own), and the area's own indicator values over the periods observed.</summary>
internal sealed class ProfileTrends(DashboardData data, RunModels models)
{
    public async Task<TrendSection> ComputeAsync(DashboardSnapshot snapshot, RunScores? run, string area, CancellationToken cancellationToken)
    {
        var series = new List<TrendSeries>();
        var source = "none";
        ChangeDecomposition? changes = null;
        if (run is not null)
        {
            var (runs, panel) = await PeriodRunsAsync(snapshot, run, cancellationToken);
            if (runs.Count >= 2)
            {
                source = panel ? "panel" : "runs";
                var model = models.For(run, snapshot);
                foreach (var node in run.Nodes.Where(n => run.LevelOf(n) >= 2).OrderByDescending(run.LevelOf))
                {
                    var points = runs.Select(r => (r.Period, Score: r.Score(node, area))).Where(p => p.Period is not null && double.IsFinite(p.Score))
                        .Select(p => new TrendPoint(p.Period!, p.Score)).ToList();
                    if (points.Count >= 2) series.Add(new TrendSeries(node, ProfileIndex.NameOf(snapshot, model, node), null, true, points));
                }
                if (panel) changes = Decompose(snapshot, runs, area);
            }
        }
        var observed = await ObservedAsync(snapshot, area, cancellationToken);
        if (source == "none" && observed.Count > 0) source = "observations";
        series.AddRange(observed);
        return new TrendSection(source, series, changes);
    }

    /// <summary>The run's panel (same model and panel parameter), else runs of the same model and level with distinct
    /// periods (the latest run of each period), oldest period first.</summary>
    internal async Task<(List<RunScores> Runs, bool Panel)> PeriodRunsAsync(DashboardSnapshot snapshot, RunScores run, CancellationToken cancellationToken)
    {
        var candidates = new List<RunScores>();
        foreach (var r in snapshot.IndexRuns.Where(r => r.Model == run.Run.Model && r.ModelHash == run.Run.ModelHash))
            candidates.Add(await data.ScoresAsync(r, cancellationToken));
        var panel = run.Parameters.Panel;
        var chosen = panel is not null
            ? candidates.Where(c => c.Parameters.Panel == panel)
            : candidates.Where(c => c.Parameters.Level == run.Parameters.Level && c.Parameters.Panel is null);
        var byPeriod = chosen.Where(c => c.Period is not null).GroupBy(c => c.Period!, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.Run.Id)!)
            .OrderBy(c => Period.TryParse(c.Period, out var p) ? p : default).ToList();
        return (byPeriod, panel is not null);
    }

    /// <summary>The top node's change between the area's first and last scored panel period, shared among indicators.</summary>
    private ChangeDecomposition? Decompose(DashboardSnapshot snapshot, List<RunScores> runs, string area)
    {
        var top = runs[^1].DefaultNode();
        if (top is null) return null;
        var scored = runs.Where(r => double.IsFinite(r.Score(top, area))).ToList();
        if (scored.Count < 2) return null;
        var (first, last) = (scored[0], scored[^1]);
        if (models.For(first, snapshot) is not { } before || models.For(last, snapshot) is not { } after) return null;
        var a = Contributions.Compute(before.Tree, n => first.Score(before.Tree.Codes[n], area), before.Tree.Index[top]);
        var b = Contributions.Compute(after.Tree, n => last.Score(after.Tree.Codes[n], area), after.Tree.Index[top]);
        var codes = before.Tree.Codes.Take(before.Tree.IndicatorCount).Union(after.Tree.Codes.Take(after.Tree.IndicatorCount), StringComparer.Ordinal);
        var parts = codes.Select(code =>
        {
            var now = after.Tree.Index.TryGetValue(code, out var j) ? b[j] : 0;
            var then = before.Tree.Index.TryGetValue(code, out var i) ? a[i] : 0;
            return new ChangePart(code, ProfileIndex.NameOf(snapshot, after, code), now - then);
        }).Where(p => p.Contribution != 0).OrderByDescending(p => Math.Abs(p.Contribution)).ToList();
        return new ChangeDecomposition(top, first.Period!, last.Period!, last.Score(top, area) - first.Score(top, area), parts);
    }

    private async Task<List<TrendSeries>> ObservedAsync(DashboardSnapshot snapshot, string area, CancellationToken cancellationToken)
    {
        var byIndicator = new Dictionary<string, List<(Period Period, double Value)>>(StringComparer.Ordinal);
        await foreach (var chunk in data.Store.GetObservationsAsync(new ObservationQuery { Areas = [area], TotalsOnly = true }, cancellationToken))
            for (var i = 0; i < chunk.Count; i++)
            {
                if (!double.IsFinite(chunk.Value[i])) continue;
                if (!byIndicator.TryGetValue(chunk.Indicator[i], out var list)) byIndicator[chunk.Indicator[i]] = list = [];
                list.Add((chunk.Period[i], chunk.Value[i]));
            }
        return [.. byIndicator.Where(kv => kv.Value.Count >= 2 && snapshot.Indicators.ContainsKey(kv.Key))
            .OrderBy(kv => snapshot.Indicators[kv.Key].Cluster).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new TrendSeries(kv.Key, snapshot.Indicators[kv.Key].Name, snapshot.Indicators[kv.Key].Unit, false,
                [.. kv.Value.OrderBy(p => p.Period).Select(p => new TrendPoint(p.Period.ToString(), p.Value))]))];
    }
}
