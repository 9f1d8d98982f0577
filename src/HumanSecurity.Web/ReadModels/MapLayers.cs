using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.ReadModels;

/// <summary>Builds <see cref="MapLayerView"/>s: one node of a saved run, or one indicator in one period, at one area
/// level (optionally inside a parent area). Areas of the level without their own value take one aggregated from finer
/// areas (<see cref="IndicatorAggregation"/>) and are flagged; poverty estimates are never aggregated (A is not
/// population-decomposable).</summary>
public sealed class MapLayers(DashboardData data, RunModels models)
{
    public const int QuantileClasses = 5;

    public async Task<MapLayerView> ForRunAsync(DashboardSnapshot snapshot, RunRecord run, string node, AreaKind level, Area? parent, TextSet text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        var scores = await data.ScoresAsync(run, cancellationToken);
        var atLevel = AreasAt(snapshot, level, parent);
        var wholeLevel = AreasAt(snapshot, level, null);
        var own = scores.RowsOf(node).Where(r => double.IsFinite(r.Score) && r.Class != RunScores.Suppressed)
            .GroupBy(r => r.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        var aggregate = run.Kind == "index";
        var period = scores.Period is { } p && Period.TryParse(p, out var parsed) ? parsed : Period.FromYear(DateTime.UtcNow.Year);
        var levelValues = Fill(snapshot, wholeLevel, own, period, aggregate ? false : null);
        var legend = RunLegend(snapshot, scores, node, levelValues, text);
        var values = atLevel.Select(a =>
        {
            var row = scores.Row(node, a.Code);
            var suppressed = row?.Class == RunScores.Suppressed;
            var (value, aggregated) = levelValues.TryGetValue(a.Code, out var v) ? v : (double.NaN, false);
            var classLabel = suppressed || double.IsNaN(value) ? null : row?.Class ?? ClassLabel(legend, value);
            var index = classLabel is null ? -1 : IndexOf(legend, classLabel);
            var missing = scores.Reliability(node, a.Code, "missing_share");
            return new MapAreaValue(a.Code, text.Name(a), Finite(value), classLabel, index, Colour(legend, index, suppressed), Finite(missing),
                aggregated, suppressed, scores.Period);
        }).ToList();
        var title = models.For(scores, snapshot) is { } m && m.Tree.Index.TryGetValue(node, out var n) ? $"{m.NameOf(n)} ({node})" : node;
        return View(title, null, run.Id, node, null, scores.Period, scores.Period is null ? [] : [scores.Period], level, parent, legend, values,
            AggregatedFrom(snapshot, values, level), values.Any(v => v.Aggregated) ? "mean" : null);
    }

    public async Task<MapLayerView> ForIndicatorAsync(DashboardSnapshot snapshot, Indicator indicator, AreaKind level, Area? parent, Period? period,
        TextSet text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(text);
        var series = await IndicatorSeries.ReadAsync(data.Store, indicator.Code, cancellationToken);
        var chosen = period ?? series.Periods.LastOrDefault();
        var own = series.ValuesIn(chosen);
        var sum = IndicatorAggregation.IsCount(indicator);
        var levelValues = Fill(snapshot, AreasAt(snapshot, level, null), own, chosen, sum);
        var breaks = Quantiles([.. levelValues.Values.Select(v => v.Value).Where(double.IsFinite)]);
        var legend = QuantileLegend(breaks, indicator.Direction, text);
        var values = AreasAt(snapshot, level, parent).Select(a =>
        {
            var (value, aggregated) = levelValues.TryGetValue(a.Code, out var v) ? v : (double.NaN, false);
            var index = double.IsNaN(value) ? -1 : ClassOf(value, breaks, indicator.Direction, legend.Classes.Count);
            return new MapAreaValue(a.Code, text.Name(a), Finite(value), index < 0 ? null : legend.Classes[index].Label, index, Colour(legend, index, false),
                null, aggregated, false, chosen.ToString());
        }).ToList();
        var periods = series.Periods.Select(p => p.ToString()).ToList();
        return View($"{indicator.Name} ({indicator.Code})", indicator.Unit, null, null, indicator.Code, series.Periods.Count == 0 ? null : chosen.ToString(),
            periods, level, parent, legend, values, AggregatedFrom(snapshot, values, level), values.Any(v => v.Aggregated) ? (sum ? "sum" : "mean") : null);
    }

    /// <summary>Areas of a level, inside <paramref name="parent"/> when given, by code.</summary>
    public static IReadOnlyList<Area> AreasAt(DashboardSnapshot snapshot, AreaKind level, Area? parent)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Areas.OfKind(level).Where(a => parent is null || snapshot.IsWithin(a.Code, parent.Code))];
    }

    /// <summary>Own values of the areas, else (when <paramref name="sum"/> is not null) aggregated from descendants.</summary>
    private static Dictionary<string, (double Value, bool Aggregated)> Fill(DashboardSnapshot snapshot, IReadOnlyList<Area> areas,
        IReadOnlyDictionary<string, double> own, Period period, bool? sum)
    {
        var result = new Dictionary<string, (double, bool)>(StringComparer.Ordinal);
        foreach (var a in areas)
        {
            if (own.TryGetValue(a.Code, out var v)) result[a.Code] = (v, false);
            else if (sum is { } s && IndicatorAggregation.FromChildren(a, snapshot.Areas, own, period, s) is { } agg) result[a.Code] = (agg.Value, true);
        }
        return result;
    }

    /// <summary>The legend of a run's node: the model's classes (with bounds when the model file matches the run), else
    /// the class labels of the rows, else quantiles of the node's scores.</summary>
    public async Task<MapLegend> RunLegendAsync(DashboardSnapshot snapshot, RunRecord run, string node, TextSet text, CancellationToken cancellationToken)
    {
        var scores = await data.ScoresAsync(run, cancellationToken);
        var values = scores.RowsOf(node).Where(r => double.IsFinite(r.Score) && r.Class != RunScores.Suppressed)
            .GroupBy(r => r.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().Score, false), StringComparer.Ordinal);
        return RunLegend(snapshot, scores, node, values, text);
    }

    private MapLegend RunLegend(DashboardSnapshot snapshot, RunScores scores, string node, Dictionary<string, (double Value, bool)> values, TextSet text)
    {
        var model = models.For(scores, snapshot)?.Model;
        if (model is { Classes.Count: > 0 })
        {
            var colours = Palette.Sequential(model.Classes.Count);
            return Legend("classes", [.. model.Classes.Select((c, i) =>
                new MapLegendClass(c.Label, colours[i], c.Lower, i + 1 < model.Classes.Count ? model.Classes[i + 1].Lower : null))]);
        }
        var labels = scores.ClassesOf(node);
        if (labels.Count > 0)
        {
            var colours = Palette.Sequential(labels.Count);
            return Legend("classes", [.. labels.Select((l, i) => new MapLegendClass(l, colours[i], null, null))]);
        }
        return QuantileLegend(Quantiles([.. values.Values.Select(v => v.Value).Where(double.IsFinite)]), Direction.HigherIsWorse, text);
    }

    private static MapLegend QuantileLegend(double[] breaks, Direction direction, TextSet text)
    {
        if (breaks.Length == 0) return Legend("quantiles", []);
        var n = breaks.Length + 1;
        var colours = Palette.Sequential(n);
        var classes = new List<MapLegendClass>();
        for (var c = 0; c < n; c++)
        {
            double? from = c == 0 ? null : breaks[c - 1];
            double? to = c == n - 1 ? null : breaks[c];
            var label = from is null ? $"< {text.Auto(to)}" : to is null ? $"≥ {text.Auto(from)}" : $"{text.Auto(from)} – {text.Auto(to)}";
            classes.Add(new MapLegendClass(label, colours[direction == Direction.HigherIsBetter ? n - 1 - c : c], from, to));
        }
        return Legend("quantiles", classes);
    }

    private static MapLegend Legend(string kind, IReadOnlyList<MapLegendClass> classes) => new(kind, classes, Palette.NoData, Palette.Suppressed);

    /// <summary>Up to four distinct breaks at the 20/40/60/80% positions of the sorted values.</summary>
    public static double[] Quantiles(double[] values)
    {
        if (values.Length == 0) return [];
        Array.Sort(values);
        return [.. Enumerable.Range(1, QuantileClasses - 1).Select(q => values[Math.Min(values.Length - 1, q * values.Length / QuantileClasses)]).Distinct()
            .Where(b => b > values[0])];
    }

    private static int ClassOf(double value, double[] breaks, Direction direction, int classes) => classes == 0 ? -1 : breaks.Count(b => value >= b);

    private static string? ClassLabel(MapLegend legend, double value) =>
        legend.Classes.LastOrDefault(c => c.From is null || value >= c.From)?.Label;

    private static int IndexOf(MapLegend legend, string label)
    {
        for (var i = 0; i < legend.Classes.Count; i++) if (legend.Classes[i].Label == label) return i;
        return -1;
    }

    private static string Colour(MapLegend legend, int index, bool suppressed) =>
        suppressed ? Palette.Suppressed : index >= 0 && index < legend.Classes.Count ? legend.Classes[index].Colour : Palette.NoData;

    private static string? AggregatedFrom(DashboardSnapshot snapshot, IReadOnlyList<MapAreaValue> values, AreaKind level) =>
        values.Any(v => v.Aggregated) ? snapshot.Levels.Where(k => k > level).Select(k => k.ToCode()).FirstOrDefault() : null;

    private static MapLayerView View(string title, string? unit, long? run, string? node, string? indicator, string? period, IReadOnlyList<string> periods,
        AreaKind level, Area? parent, MapLegend legend, List<MapAreaValue> values, string? from, string? aggregation) =>
        new(title, unit, run, node, indicator, period, periods, level.ToCode(), parent?.Code, legend, values, values.Count,
            values.Count(v => v.Value is not null), from, aggregation);

    internal static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
