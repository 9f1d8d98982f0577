using System.Globalization;
using System.Text;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using static System.Net.WebUtility;

namespace HumanSecurity.Web.Overview;

/// <summary>The programmes section of the overview: a portfolio line (prevention share, SDGs per programme, budget and
/// leveraged funding) and one row per programme.</summary>
internal static class OverviewProgrammesHtml
{
    public static void Render(StringBuilder b, IReadOnlyList<Programme> programmes)
    {
        b.Append("<h2>Programmes</h2>");
        if (programmes.Count == 0)
        {
            b.Append("<p class=\"muted\">No programmes loaded.</p>");
            return;
        }
        var prevention = programmes.Count(p => p.Prevention);
        var sdgs = programmes.Average(p => p.Sdgs.Select(Goal).Distinct().Count());
        b.Append("<p id=\"portfolio\">").Append(programmes.Count.ToString(CultureInfo.InvariantCulture)).Append(" programmes; ")
            .Append(prevention.ToString(CultureInfo.InvariantCulture)).Append(" prevention-oriented (")
            .Append((100.0 * prevention / programmes.Count).ToString("0", CultureInfo.InvariantCulture)).Append("%); on average ")
            .Append(sdgs.ToString("0.0", CultureInfo.InvariantCulture)).Append(" SDGs each");
        foreach (var currency in programmes.Where(p => p.Currency is not null).GroupBy(p => p.Currency!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            b.Append("; ").Append(HtmlEncode(currency.Key)).Append(' ').Append(Money(currency.Sum(p => p.Budget ?? 0))).Append(" budget leveraging ")
                .Append(HtmlEncode(currency.Key)).Append(' ').Append(Money(currency.Sum(p => p.Leveraged ?? 0)));
        }
        b.Append(".</p><table id=\"programmes\"><tr><th>id</th><th>title</th><th>status</th><th>period</th><th>areas</th><th>clusters</th><th>SDGs</th>")
            .Append("<th>budget</th><th>leveraged</th><th>prevention</th></tr>");
        foreach (var p in programmes.OrderBy(p => p.Id, StringComparer.Ordinal)) Row(b, p);
        b.Append("</table>");
    }

    private static void Row(StringBuilder b, Programme p)
    {
        b.Append("<tr><td class=\"nw\"><code>").Append(HtmlEncode(p.Id)).Append("</code></td><td>").Append(HtmlEncode(p.Title)).Append("</td><td>")
            .Append(HtmlEncode(p.Status ?? "")).Append("</td><td class=\"nw\">").Append(Date(p.Start)).Append(" – ").Append(Date(p.End))
            .Append("</td><td>").Append(HtmlEncode(string.Join(", ", p.Areas))).Append("</td><td>")
            .Append(HtmlEncode(string.Join(", ", p.Clusters.Select(c => c.ToCode())))).Append("</td><td>").Append(HtmlEncode(string.Join(", ", p.Sdgs)))
            .Append("</td><td class=\"n\">").Append(p.Budget is { } budget ? Money(budget) : "").Append("</td><td class=\"n\">")
            .Append(p.Leveraged is { } leveraged ? Money(leveraged) : "").Append("</td><td>").Append(p.Prevention ? "yes" : "no").Append("</td></tr>");
    }

    private static string Goal(string sdg) => sdg.Split('.')[0];

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "…";

    private static string Money(double v) => v >= 1_000_000
        ? (v / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture) + " M"
        : v.ToString("#,0", CultureInfo.InvariantCulture);
}
