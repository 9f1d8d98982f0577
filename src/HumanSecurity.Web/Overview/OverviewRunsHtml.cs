using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace HumanSecurity.Web.Overview;

/// <summary>The "Computed results" section: the saved runs with map links per node, the areas with the highest index
/// score (with class and reliability), and the poverty measures by area of the latest poverty run.</summary>
internal static class OverviewRunsHtml
{
    private const int Top = 10;

    public static void Render(StringBuilder b, ObservatoryOverview o, MapChoice? map)
    {
        var r = o.Results;
        b.Append("<h2 id=\"results\">Computed results</h2>");
        if (r.Runs.Count == 0)
        {
            b.Append("<p class=\"muted\">No runs saved yet (<code>hso index run</code>, <code>hso poverty run</code> or <code>hso demo</code> save them).</p>");
            return;
        }
        if (o.IsSynthetic) b.Append("<p class=\"muted\">Computed from the synthetic demo data: illustrative only.</p>");
        Runs(b, r, map);
        var names = o.Areas.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (r.IndexRun is not null) OverviewScoreTables.TopAreas(b, r.IndexRun, r.IndexScores, names, Top);
        if (r.PovertyRun is not null) OverviewScoreTables.Poverty(b, r.PovertyRun, r.PovertyScores, names);
    }

    private static void Runs(StringBuilder b, RunResults r, MapChoice? map)
    {
        b.Append("<table id=\"runs\"><tr><th>id</th><th>kind</th><th>model</th><th>created (UTC)</th><th>data version</th><th>model hash</th><th>map</th></tr>");
        foreach (var run in r.Runs)
        {
            var id = run.Id.ToString(CultureInfo.InvariantCulture);
            b.Append("<tr><td class=\"n\"><a href=\"/api/runs/").Append(id).Append("\">").Append(id).Append("</a></td><td>").Append(HtmlEncode(run.Kind))
                .Append("</td><td>").Append(HtmlEncode(run.Model)).Append("</td><td class=\"nw\">")
                .Append(run.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append("</td><td class=\"n\">")
                .Append(run.DataVersion.ToString(CultureInfo.InvariantCulture)).Append("</td><td><code>")
                .Append(HtmlEncode(run.ModelHash.Length > 12 ? run.ModelHash[..12] : run.ModelHash)).Append("</code></td><td>");
            var scores = run.Id == r.IndexRun?.Id ? r.IndexScores : run.Id == r.PovertyRun?.Id ? r.PovertyScores : null;
            if (scores is null) b.Append("<a href=\"/?run=").Append(id).Append("\">top node</a>");
            else b.AppendJoin(" · ", RunNodes.MapNodes(scores).Select(n => Link(id, n, map?.Run?.Id == run.Id && map.Node == n)));
            b.Append("</td></tr>");
        }
        b.Append("</table>");
    }

    /// <summary>A map link to a node; the node on the map now is bold.</summary>
    private static string Link(string run, string node, bool shown)
    {
        var link = $"<a href=\"/?run={run}&amp;node={UrlEncode(node)}\">{HtmlEncode(node)}</a>";
        return shown ? $"<b class=\"shown\">{link}</b>" : link;
    }
}
