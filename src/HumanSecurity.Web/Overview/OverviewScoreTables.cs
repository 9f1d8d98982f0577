using System.Globalization;
using System.Text;
using HumanSecurity.Areas;
using HumanSecurity.Storage;
using static System.Net.WebUtility;

namespace HumanSecurity.Web.Overview;

/// <summary>Tables of run scores: the highest index scores and the poverty measures (H, A, M0) by area.</summary>
internal static class OverviewScoreTables
{
    public static void TopAreas(StringBuilder b, RunRecord run, IReadOnlyList<ScoreRow> scores, IReadOnlyDictionary<string, Area> areas, int top)
    {
        var node = RunNodes.DefaultNode(scores);
        if (node is null) return;
        var rows = scores.Where(s => s.Node == node && double.IsFinite(s.Score) && areas.ContainsKey(s.Unit)).ToList();
        if (rows.Count == 0) return;
        var kind = rows.Max(s => areas[s.Unit].Kind);
        var reliability = scores.Where(s => s.Node.StartsWith(node + "|", StringComparison.Ordinal))
            .GroupBy(s => (s.Unit, s.Node[(node.Length + 1)..])).ToDictionary(g => g.Key, g => g.First().Score);
        b.Append("<h3>Highest <code>").Append(HtmlEncode(node)).Append("</code> scores <span class=\"muted\">")
            .Append(HtmlEncode($"run {run.Id} ({run.Model}), {kind.ToCode()} areas, {rows[0].Period ?? "no period"}; 0–10, higher = more insecure"))
            .Append("</span></h3><table id=\"top-index\"><tr><th>rank</th><th>area</th><th>code</th><th>in</th><th>score</th><th>class</th>")
            .Append("<th>missing data</th><th>imputed</th><th>mean data age (years)</th></tr>");
        foreach (var s in rows.Where(s => areas[s.Unit].Kind == kind).OrderByDescending(s => s.Score).ThenBy(s => s.Unit, StringComparer.Ordinal).Take(top))
        {
            var area = areas[s.Unit];
            var parent = area.ParentCode is { } p && areas.TryGetValue(p, out var pa) ? pa.Name : area.ParentCode ?? "";
            b.Append("<tr><td class=\"n\">").Append(s.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(HtmlEncode(area.Name))
                .Append("</td><td><code>").Append(HtmlEncode(s.Unit)).Append("</code></td><td>").Append(HtmlEncode(parent)).Append("</td><td class=\"n\">")
                .Append(Number(s.Score)).Append("</td><td>").Append(HtmlEncode(s.Class ?? "")).Append("</td><td class=\"n\">")
                .Append(Share(reliability, s.Unit, "missing_share")).Append("</td><td class=\"n\">").Append(Share(reliability, s.Unit, "imputed_share"))
                .Append("</td><td class=\"n\">").Append(reliability.TryGetValue((s.Unit, "data_age"), out var age) ? Number(age) : "").Append("</td></tr>");
        }
        b.Append("</table>");
    }

    public static void Poverty(StringBuilder b, RunRecord run, IReadOnlyList<ScoreRow> scores, IReadOnlyDictionary<string, Area> areas)
    {
        var ks = scores.Where(s => s.Node.StartsWith("M0@k", StringComparison.Ordinal)).Select(s => s.Node[4..]).Distinct(StringComparer.Ordinal).ToList();
        if (ks.Count == 0) return;
        var k = ks.Contains("33", StringComparer.Ordinal) ? "33" : ks[0];
        var cells = scores.Where(s => s.Node.EndsWith("@k" + k, StringComparison.Ordinal))
            .GroupBy(s => (s.Unit, s.Node[..s.Node.IndexOf('@', StringComparison.Ordinal)])).ToDictionary(g => g.Key, g => g.First());
        var units = cells.Keys.Select(c => c.Unit).Distinct(StringComparer.Ordinal)
            .OrderByDescending(u => cells.TryGetValue((u, "M0"), out var m) && double.IsFinite(m.Score) ? m.Score : double.NegativeInfinity)
            .ThenBy(u => u, StringComparer.Ordinal).ToList();
        b.Append("<h3>Multidimensional poverty by area <span class=\"muted\">")
            .Append(HtmlEncode($"run {run.Id} ({run.Model}), poverty cutoff k = {k}%; H = headcount ratio, A = intensity, M0 = H × A"))
            .Append("</span></h3><table id=\"poverty\" style=\"width:auto\"><tr><th>area</th><th>code</th><th>H</th><th>A</th><th>M0</th></tr>");
        foreach (var u in units)
        {
            b.Append("<tr><td>").Append(HtmlEncode(areas.TryGetValue(u, out var a) ? a.Name : "")).Append("</td><td><code>").Append(HtmlEncode(u)).Append("</code></td>");
            foreach (var m in new[] { "H", "A", "M0" }) b.Append("<td class=\"n\">").Append(Cell(cells, u, m)).Append("</td>");
            b.Append("</tr>");
        }
        b.Append("</table>");
        if (cells.Values.Any(c => c.Class == MapLayer.Suppressed))
            b.Append("<p class=\"muted\">suppressed: too few unweighted households in the area to publish the estimate.</p>");
    }

    private static string Cell(Dictionary<(string, string), ScoreRow> cells, string unit, string measure) =>
        !cells.TryGetValue((unit, measure), out var c) ? "" : c.Class == MapLayer.Suppressed ? "suppressed" : double.IsFinite(c.Score) ? c.Score.ToString("0.000", CultureInfo.InvariantCulture) : "";

    private static string Share(Dictionary<(string, string), double> reliability, string unit, string what) =>
        reliability.TryGetValue((unit, what), out var v) && double.IsFinite(v) ? (100 * v).ToString("0", CultureInfo.InvariantCulture) + "%" : "";

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";
}
