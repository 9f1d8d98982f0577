using System.Net;
using HumanSecurity.Areas;

namespace HumanSecurity.Web.Tests.Pages;

/// <summary>The data page and the profile page over the demo imported into DuckDB.</summary>
public sealed class DataPageTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataPage_Demo_ListsAreasIndicatorsDatasetsRunsAndProgrammes()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/data", UriKind.Relative), Ct);
        foreach (var area in (await demo.Store.GetAreasAsync(Ct)).Where(a => a.Kind is AreaKind.Country or AreaKind.Admin1))
            Assert.Contains(WebUtility.HtmlEncode(area.Name), html, StringComparison.Ordinal);
        Assert.Contains("synthetic demo data: observations.csv", html, StringComparison.Ordinal);
        Assert.Contains("<code>POV_HC</code>", html, StringComparison.Ordinal);
        Assert.Equal(2, TestPages.CountOf(TestPages.Section(html, "runs"), "<tr><td class=\"n\">"));
        Assert.Equal(12, TestPages.CountOf(TestPages.Section(html, "programmes-list"), "<tr><td><code>"));
    }

    [Fact]
    public async Task ProfilePage_Admin1_SectionsAndReportLinks()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/areas/XA01", UriKind.Relative), Ct);
        foreach (var id in new[] { "threats", "index-tree", "comparison", "trends", "poverty", "gaps", "programmes", "children", "report-html", "report-pdf" })
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/areas/XA01/report.html?run=1\"", html, StringComparison.Ordinal);
        Assert.Contains("/assets/charts.js?v=", html, StringComparison.Ordinal);
        var report = await demo.Client.GetAsync(new Uri("/areas/XA01/report.html", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("id=\"run-manifest\"", await report.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
