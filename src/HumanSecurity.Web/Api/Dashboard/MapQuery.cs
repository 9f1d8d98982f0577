using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Web.ReadModels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api.Dashboard;

/// <summary>What a map shows, parsed from <c>run</c>, <c>node</c>, <c>indicator</c>, <c>level</c>, <c>parent</c> and
/// <c>period</c> (the map page and <c>/api/map</c> share it). Without <c>run</c> or <c>indicator</c>: the latest index
/// run's top node at the level it scored (else the latest poverty run's M0, else the first indicator with data at its
/// most detailed level). Each bad value is a problem naming its parameter.</summary>
public sealed record MapQuery(RunRecord? Run, string? Node, Indicator? Indicator, AreaKind Level, Area? Parent, Period? Period)
{
    public static async Task<(MapQuery? Query, ProblemHttpResult? Problem)> ParseAsync(DashboardData data, DashboardSnapshot snapshot, string? run,
        string? node, string? indicator, string? level, string? parent, string? period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!string.IsNullOrEmpty(run) && !string.IsNullOrEmpty(indicator))
            return (null, ApiProblems.BadRequest("query parameters 'run' and 'indicator' exclude each other: a map shows a run's node or an indicator"));
        if (!string.IsNullOrEmpty(node) && string.IsNullOrEmpty(run))
            return (null, ApiProblems.BadRequest("query parameter 'node' needs 'run' (e.g. ?run=1&node=HSI); see /api/runs"));
        Area? within = null;
        if (!string.IsNullOrEmpty(parent) && (within = snapshot.Area(parent)) is null)
            return (null, ApiProblems.NotFound($"unknown area '{parent}' (query parameter 'parent'); see /api/areas"));
        AreaKind? kind = null;
        if (!string.IsNullOrEmpty(level))
        {
            if (!AreaKinds.TryParse(level, out var k) || !snapshot.Levels.Contains(k))
                return (null, ApiProblems.BadRequest($"query parameter 'level' must be an area level of the store ({string.Join(", ", snapshot.Levels.Select(l => l.ToCode()))}), not '{level}'"));
            kind = k;
        }
        if (!string.IsNullOrEmpty(indicator)) return ForIndicator(snapshot, indicator, kind, within, period);
        if (!string.IsNullOrEmpty(run)) return await RunAsync(data, snapshot, run, node, kind, within, cancellationToken);
        if (!string.IsNullOrEmpty(period))
            return (null, ApiProblems.BadRequest("query parameter 'period' needs 'indicator' (a run has one period: choose the run)"));
        return await DefaultAsync(data, snapshot, kind, within, cancellationToken);
    }

    private static (MapQuery?, ProblemHttpResult?) ForIndicator(DashboardSnapshot snapshot, string code, AreaKind? kind, Area? parent, string? period)
    {
        if (!snapshot.Indicators.TryGetValue(code, out var ind))
            return (null, ApiProblems.NotFound($"unknown indicator '{code}' (query parameter 'indicator'); see /api/indicators"));
        Period? p = null;
        if (!string.IsNullOrEmpty(period))
        {
            if (!HumanSecurity.Observations.Period.TryParse(period, out var parsed))
                return (null, ApiProblems.BadRequest($"query parameter 'period' is not a period: '{period}'; expected {HumanSecurity.Observations.Period.ExpectedForms}"));
            p = parsed;
        }
        return (new MapQuery(null, null, ind, kind ?? ChildLevel(snapshot, parent) ?? snapshot.Levels[^1], parent, p), null);
    }

    private static async Task<(MapQuery?, ProblemHttpResult?)> RunAsync(DashboardData data, DashboardSnapshot snapshot, string run, string? node,
        AreaKind? kind, Area? parent, CancellationToken cancellationToken)
    {
        if (!long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (null, ApiProblems.BadRequest($"query parameter 'run' must be a run id (a whole number), not '{run}'; see /api/runs"));
        if (snapshot.Run(id) is not { } record) return (null, ApiProblems.NotFound($"unknown run {id} (query parameter 'run'); see /api/runs"));
        var scores = await data.ScoresAsync(record, cancellationToken);
        var chosen = string.IsNullOrEmpty(node) ? scores.DefaultNode() : node;
        if (chosen is null || !scores.HasNode(chosen))
            return (null, ApiProblems.NotFound($"unknown node '{node}' in run {id} (query parameter 'node'); see /api/runs/{id}"));
        return (new MapQuery(record, chosen, null, kind ?? ChildLevel(snapshot, parent) ?? RunLevel(snapshot, scores), parent, null), null);
    }

    private static async Task<(MapQuery?, ProblemHttpResult?)> DefaultAsync(DashboardData data, DashboardSnapshot snapshot, AreaKind? kind, Area? parent,
        CancellationToken cancellationToken)
    {
        var run = snapshot.IndexRuns.FirstOrDefault() ?? snapshot.PovertyRuns.FirstOrDefault();
        if (run is not null)
        {
            var scores = await data.ScoresAsync(run, cancellationToken);
            if (scores.DefaultNode() is { } node)
                return (new MapQuery(run, node, null, kind ?? ChildLevel(snapshot, parent) ?? RunLevel(snapshot, scores), parent, null), null);
        }
        var latest = await data.Store.GetLatestValuesAsync(cancellationToken);
        var kinds = latest.Where(o => snapshot.Area(o.Area) is not null).GroupBy(o => o.Indicator, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Finest: g.Max(o => snapshot.Area(o.Area)!.Kind))).ToList();
        if (kinds.Count == 0 || snapshot.Levels.Count == 0) return (null, null);
        var finest = kinds.Max(k => k.Finest);
        var first = kinds.Where(k => k.Finest == finest).Select(k => k.Code).Order(StringComparer.Ordinal).First();
        return (new MapQuery(null, null, snapshot.Indicators[first], kind ?? ChildLevel(snapshot, parent) ?? finest, parent, null), null);
    }

    /// <summary>The level a run scored: its <c>level</c> parameter, else the most detailed level among its units.</summary>
    public static AreaKind RunLevel(DashboardSnapshot snapshot, RunScores scores)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(scores);
        if (AreaKinds.TryParse(scores.Parameters.Level, out var k) && snapshot.Levels.Contains(k)) return k;
        var kinds = scores.Nodes.Take(1).SelectMany(scores.RowsOf).Select(r => snapshot.Area(r.Unit)?.Kind).OfType<AreaKind>().ToList();
        return kinds.Count > 0 ? kinds.Max() : snapshot.Levels[^1];
    }

    /// <summary>The level just below a parent area (its children's), when it has children.</summary>
    public static AreaKind? ChildLevel(DashboardSnapshot snapshot, Area? parent)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (parent is null) return null;
        var children = snapshot.Areas.ChildrenOf(parent.Code);
        return children.Count == 0 ? null : children.Min(c => c.Kind);
    }
}
