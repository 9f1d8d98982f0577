using HumanSecurity.Indicators;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>The threat profile heat map: for each threat cluster × impact (survival, livelihood, dignity), the mean of the
/// area's normalised indicator scores (the run's tree level 1: comparable across indicators, higher = worse) over the
/// indicators tagged with both in the catalogue. Cells are coloured with the run's class legend.</summary>
internal static class ProfileThreats
{
    private static readonly Impacts[] ImpactOrder = [Impacts.Survival, Impacts.Livelihood, Impacts.Dignity];

    public static ThreatProfile? Compute(DashboardSnapshot snapshot, RunScores scores, string unit, MapLegend legend)
    {
        var leaves = scores.Nodes.Where(n => scores.LevelOf(n) == 1 && snapshot.Indicators.ContainsKey(n)).Select(n => snapshot.Indicators[n]).ToList();
        if (leaves.Count == 0 || leaves.All(i => i.Cluster is null)) return null;
        var clusters = Enum.GetValues<ThreatCluster>();
        var cells = new List<ThreatCell>();
        foreach (var cluster in clusters)
            foreach (var impact in ImpactOrder)
            {
                var matching = leaves.Where(i => i.Cluster == cluster && i.Impacts.HasFlag(impact)).ToList();
                var values = matching.Select(i => scores.Score(i.Code, unit)).Where(double.IsFinite).ToList();
                double? mean = values.Count == 0 ? null : values.Average();
                cells.Add(new ThreatCell(cluster.ToCode(), impact.ToString().ToLowerInvariant(), mean, values.Count,
                    [.. matching.Select(i => i.Code)], Colour(legend, mean)));
            }
        if (cells.All(c => c.Value is null)) return null;
        return new ThreatProfile([.. clusters.Select(c => c.ToCode())], [.. ImpactOrder.Select(i => i.ToString().ToLowerInvariant())], cells);
    }

    /// <summary>The colour of the legend class a value falls in (by the classes' lower bounds; equal fifths of 0–10 when
    /// the legend has no bounds).</summary>
    private static string Colour(MapLegend legend, double? value)
    {
        if (value is not { } v) return Palette.NoData;
        if (legend.Classes.Count > 0 && legend.Classes.All(c => c.From is not null || c == legend.Classes[0]))
            return legend.Classes.Last(c => c.From is null || v >= c.From).Colour;
        var colours = Palette.Sequential(5);
        return colours[Math.Clamp((int)(v / 2), 0, 4)];
    }
}
