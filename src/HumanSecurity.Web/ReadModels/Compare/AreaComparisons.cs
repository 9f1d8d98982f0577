using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Storage;
using HumanSecurity.Web.ReadModels.Profiles;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.ReadModels.Compare;

/// <summary>Builds <see cref="AreaComparison"/>s: the run's nodes for each area, and the chosen node (else the run's top
/// node) over the run's panel or same-model runs, or the chosen indicator's observations over time.</summary>
public sealed class AreaComparisons(DashboardData data, RunModels models, MapLayers layers)
{
    public const int MinAreas = 2;
    public const int MaxAreas = 10;

    public async Task<AreaComparison> BuildAsync(DashboardSnapshot snapshot, IReadOnlyList<Area> areas, RunRecord? run, string? node, Indicator? indicator,
        TextSet text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(text);
        run ??= snapshot.IndexRuns.FirstOrDefault();
        var refs = areas.Select(a => ProfileIndex.Ref(a, text)).ToList();
        if (run is null)
        {
            var (source, series) = indicator is null ? ("none", new List<TrendSeries>()) : await ObservedAsync(indicator, areas, text, cancellationToken);
            return new AreaComparison(refs, null, null, indicator?.Code, indicator?.Name ?? "", [], source, series);
        }
        var scores = await data.ScoresAsync(run, cancellationToken);
        var model = models.For(scores, snapshot);
        var chosen = node ?? scores.DefaultNode();
        var legend = await layers.RunLegendAsync(snapshot, run, chosen ?? "", text, cancellationToken);
        var rows = scores.Nodes.OrderByDescending(scores.LevelOf).ThenBy(n => model?.Tree.Index.GetValueOrDefault(n) ?? 0)
            .Select(n => new CompareRow(n, ProfileIndex.NameOf(snapshot, model, n), scores.LevelOf(n), [.. areas.Select(a => Cell(scores, n, a.Code, legend))]))
            .ToList();
        var runRef = new RunRef(run.Id, run.Kind, run.Model, run.ModelHash, scores.Period, scores.Parameters.Level, run.CreatedAt, run.DataVersion, scores.Parameters.All);
        if (indicator is not null)
        {
            var (source, series) = await ObservedAsync(indicator, areas, text, cancellationToken);
            return new AreaComparison(refs, runRef, null, indicator.Code, indicator.Name, rows, source, series);
        }
        var (runs, panel) = await new ProfileTrends(data, models).PeriodRunsAsync(snapshot, scores, cancellationToken);
        var overTime = chosen is null || runs.Count < 2 ? [] : areas.Select(a => new TrendSeries(a.Code, text.Name(a), null, true,
            [.. runs.Where(r => r.Period is not null && double.IsFinite(r.Score(chosen, a.Code))).Select(r => new TrendPoint(r.Period!, r.Score(chosen, a.Code)))]))
            .Where(s => s.Points.Count > 0).ToList();
        return new AreaComparison(refs, runRef, chosen, null, chosen is null ? "" : ProfileIndex.NameOf(snapshot, model, chosen), rows,
            overTime.Count == 0 ? "none" : panel ? "panel" : "runs", overTime);
    }

    private async Task<(string, List<TrendSeries>)> ObservedAsync(Indicator indicator, IReadOnlyList<Area> areas, TextSet text, CancellationToken cancellationToken)
    {
        var series = await IndicatorSeries.ReadAsync(data.Store, indicator.Code, cancellationToken, [.. areas.Select(a => a.Code)]);
        var list = areas.Select(a => new TrendSeries(a.Code, text.Name(a), indicator.Unit, false,
            [.. series.Of(a.Code).Select(p => new TrendPoint(p.Period.ToString(), p.Value))])).Where(s => s.Points.Count > 0).ToList();
        return (list.Count == 0 ? "none" : "observations", list);
    }

    private static CompareCell Cell(RunScores scores, string node, string unit, MapLegend legend)
    {
        var row = scores.Row(node, unit);
        var suppressed = row?.Class == RunScores.Suppressed;
        var colour = row?.Class is { } c ? legend.Classes.FirstOrDefault(l => l.Label == c)?.Colour ?? Palette.NoData : Palette.NoData;
        return new CompareCell(suppressed ? null : ProfileIndex.Finite(row?.Score ?? double.NaN), suppressed ? 0 : row?.Rank ?? 0, suppressed ? null : row?.Class, colour);
    }
}
