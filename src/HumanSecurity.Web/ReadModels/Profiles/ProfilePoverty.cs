using HumanSecurity.Areas;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>Poverty of an area from the latest poverty run that estimated it, or the nearest area above it that the run
/// estimated (a district shows its province's figures, labelled as such). Nodes are <c>MEASURE@kK</c>; confidence bounds
/// are the run's <c>MEASURE@kK|ci_low</c> and <c>|ci_high</c> rows when saved. Suppressed cells (too few households)
/// never carry a number, nor do their bounds.</summary>
internal static class ProfilePoverty
{
    private static readonly string[] Measures = ["H", "A", "M0"];

    public static async Task<PovertySection?> ComputeAsync(DashboardData data, DashboardSnapshot snapshot, Area area, TextSet text,
        CancellationToken cancellationToken)
    {
        var candidates = snapshot.PathTo(area).Reverse().ToList();
        foreach (var run in snapshot.PovertyRuns)
        {
            var scores = await data.ScoresAsync(run, cancellationToken);
            var covers = candidates.FirstOrDefault(a => scores.Nodes.Any(n => scores.Row(n, a.Code) is not null));
            if (covers is null) continue;
            var cells = new List<PovertyCell>();
            var ks = scores.Nodes.Where(n => n.Contains("@k", StringComparison.Ordinal)).Select(n => n[(n.IndexOf("@k", StringComparison.Ordinal) + 2)..])
                .Distinct(StringComparer.Ordinal).OrderBy(k => k == "33" ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal);
            foreach (var k in ks)
                foreach (var m in Measures)
                {
                    var node = $"{m}@k{k}";
                    if (scores.Row(node, covers.Code) is not { } row) continue;
                    var suppressed = row.Class == RunScores.Suppressed || !double.IsFinite(row.Score);
                    cells.Add(suppressed
                        ? new PovertyCell(k, m, null, null, null, row.Class == RunScores.Suppressed)
                        : new PovertyCell(k, m, row.Score, Bound(scores, node + "|ci_low", covers.Code), Bound(scores, node + "|ci_high", covers.Code), false));
                }
            return new PovertySection(run.Id, run.Model, ProfileIndex.Ref(covers, text), cells);
        }
        return null;
    }

    private static double? Bound(RunScores scores, string node, string unit) =>
        scores.Row(node, unit) is { Class: not RunScores.Suppressed } r && double.IsFinite(r.Score) ? r.Score : null;
}
