using System.Text.RegularExpressions;
using HumanSecurity.Web.Reports;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.Tests.Reports;

public sealed partial class AreaReportsTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportHtml_Standalone_SelfContainedWithChartsTablesAndRunRecord()
    {
        await using var reports = new StandaloneReports(demo.Store, new WebOptions { StoreLabel = "demo", ModelsDirectory = DemoStore.ModelsDirectory });
        var html = await reports.RenderHtmlAsync("XA01", null, Language.English, Ct);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Empty(ExternalReference().Matches(html));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"index-tree\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"run-manifest\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sources\"", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        var french = await reports.RenderHtmlAsync("XA01", 1, Language.French, Ct);
        Assert.Contains("Rapport de sécurité humaine", System.Net.WebUtility.HtmlDecode(french), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportHtml_UnknownAreaOrPovertyRun_InvalidInputNamingOption()
    {
        await using var reports = new StandaloneReports(demo.Store, new WebOptions { ModelsDirectory = DemoStore.ModelsDirectory });
        var area = await Assert.ThrowsAsync<InvalidInputException>(() => reports.RenderHtmlAsync("NOPE", null, Language.English, Ct));
        Assert.Equal("--area", area.Problems[0].Location);
        var run = await Assert.ThrowsAsync<InvalidInputException>(() => reports.RenderHtmlAsync("XA01", 2, Language.English, Ct));
        Assert.Equal("--run", run.Problems[0].Location);
    }

    [Fact]
    public async Task ReportPdf_NoChromium_PdfUnavailableNamingPath()
    {
        await using var reports = new StandaloneReports(demo.Store, new WebOptions { ChromiumPath = "/no/such/chromium", ModelsDirectory = DemoStore.ModelsDirectory });
        var e = await Assert.ThrowsAsync<PdfUnavailableException>(() => reports.RenderPdfAsync("XA01", null, Language.English, Ct));
        Assert.Contains("/no/such/chromium", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Anything that would make a browser fetch: http(s) or protocol-relative URLs in src, href or CSS url().</summary>
    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:)?//|url\(\s*['""]?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
