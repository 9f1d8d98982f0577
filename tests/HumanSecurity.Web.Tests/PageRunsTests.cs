using System.Net;

namespace HumanSecurity.Web.Tests;

public sealed class PageRunsTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_WithRuns_ListsRunsTopTenAndPovertyTable()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Contains("id=\"results\">Computed results", html, StringComparison.Ordinal);
        var runs = Section(html, "id=\"runs\"");
        Assert.Contains("human-security", runs, StringComparison.Ordinal);
        Assert.Contains("global-mpi", runs, StringComparison.Ordinal);
        Assert.Contains("href=\"/?run=1&amp;node=HSI\"", runs, StringComparison.Ordinal);
        foreach (var cluster in new[] { "CLIMATE", "DIGITAL", "HEALTH", "POVERTY", "CONFLICT" })
            Assert.Contains($"node={cluster}\"", runs, StringComparison.Ordinal);
        Assert.Contains("href=\"/?run=2&amp;node=M0%40k33\"", runs, StringComparison.Ordinal);
        var top = Section(html, "id=\"top-index\"");
        Assert.Equal(11, CountOf(top, "<tr>"));
        var scores = (await demo.Store.GetScoresAsync(1, Ct)).Where(s => s.Node == "HSI" && s.Unit.Length == 6 && double.IsFinite(s.Score)).ToList();
        var best = scores.MaxBy(s => s.Score)!;
        Assert.Contains($"<code>{best.Unit}</code>", top, StringComparison.Ordinal);
        Assert.Contains(best.Class!, top, StringComparison.Ordinal);
        var poverty = Section(html, "id=\"poverty\"");
        Assert.Contains($"<code>{demo.SuppressedArea}</code></td><td class=\"n\">suppressed", poverty, StringComparison.Ordinal);
        Assert.Equal(19, CountOf(poverty, "<tr>"));
    }

    [Fact]
    public async Task Page_RunNode_MapsNodeWithRunClasses()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/?run=1&node=CLIMATE", UriKind.Relative), Ct);
        Assert.Contains("Showing node <code>CLIMATE</code> of run 1", html, StringComparison.Ordinal);
        Assert.Contains("Run 1 (index, human-security): CLIMATE", html, StringComparison.Ordinal);
        var legend = Section(html, "class=\"legend\"");
        Assert.Contains("Very High", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("≥", legend, StringComparison.Ordinal);
        Assert.Contains("admin2 areas with data: 169 of 169", html, StringComparison.Ordinal);
        Assert.Contains("<b class=\"shown\"><a href=\"/?run=1&amp;node=CLIMATE\">", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "class=\"shown\""));
    }

    [Fact]
    public async Task Page_RunWithoutNode_TopNode()
    {
        var index = await demo.Client.GetStringAsync(new Uri("/?run=1", UriKind.Relative), Ct);
        Assert.Contains("Showing node <code>HSI</code>", index, StringComparison.Ordinal);
        var poverty = await demo.Client.GetStringAsync(new Uri("/?run=2", UriKind.Relative), Ct);
        Assert.Contains("Showing node <code>M0@k33</code>", poverty, StringComparison.Ordinal);
        Assert.Contains("admin1 areas with data: 17 of 18", poverty, StringComparison.Ordinal);
        Assert.Contains("suppressed (too few observations)", poverty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?run=abc", HttpStatusCode.BadRequest)]
    [InlineData("/?run=7", HttpStatusCode.NotFound)]
    [InlineData("/?run=1&node=HSI|missing_share", HttpStatusCode.NotFound)]
    [InlineData("/?run=1&node=NOPE", HttpStatusCode.NotFound)]
    [InlineData("/?node=HSI", HttpStatusCode.BadRequest)]
    public async Task Page_BadRunOrNode_Problem(string url, HttpStatusCode status)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {marker} in the page");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        var para = html.IndexOf("</p>", start, StringComparison.Ordinal);
        if (end < 0 || (para >= 0 && para < end && marker.Contains("legend", StringComparison.Ordinal))) end = para;
        return html[start..end];
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
