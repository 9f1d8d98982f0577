using System.Net;
using System.Net.Http.Headers;
using HumanSecurity.Areas;

namespace HumanSecurity.Web.Tests.Pages;

public sealed class MapPageTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Map_Default_LatestIndexRunTopNodeAtItsLevel()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        var layer = TestPages.Json(html, "map-data").GetProperty("layer");
        Assert.Equal(1, layer.GetProperty("run").GetInt64());
        Assert.Equal("HSI", layer.GetProperty("node").GetString());
        Assert.Equal("admin2", layer.GetProperty("level").GetString());
        var admin2 = (await demo.Store.GetAreasAsync(Ct)).Count(a => a.Kind == AreaKind.Admin2);
        Assert.Equal(admin2, layer.GetProperty("values").GetArrayLength());
        Assert.Equal(admin2, layer.GetProperty("withData").GetInt32());
        Assert.Equal("classes", layer.GetProperty("legend").GetProperty("kind").GetString());
        Assert.Contains("Very High", TestPages.Section(html, "legend", "</div>"), StringComparison.Ordinal);
        Assert.Equal(admin2, TestPages.CountOf(TestPages.Section(html, "map-table"), "<tr data-code="));
        Assert.Contains("/assets/map.js?v=", html, StringComparison.Ordinal);
        Assert.Contains("id=\"synthetic\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_DrilledIntoCountry_ShowsItsAdmin1WithBreadcrumb()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/?run=1&parent=XAU", UriKind.Relative), Ct);
        var layer = TestPages.Json(html, "map-data").GetProperty("layer");
        Assert.Equal("admin1", layer.GetProperty("level").GetString());
        var expected = (await demo.Store.GetAreasAsync(Ct)).Where(a => a.ParentCode == "XAU").Select(a => a.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, layer.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        var crumbs = TestPages.Section(html, "breadcrumb", "</nav>");
        Assert.Contains("Republic of Aurelia", crumbs, StringComparison.Ordinal);
        Assert.Contains("href=\"/?run=1&amp;node=HSI&amp;level=country\"", crumbs, StringComparison.Ordinal);
        var links = TestPages.Json(html, "map-data").GetProperty("links");
        Assert.StartsWith("/?run=1&node=HSI&level=admin2&parent=XA", links.EnumerateObject().First().Value.GetProperty("drill").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_PovertyRun_SuppressedCellHasNoNumber()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/?run=2", UriKind.Relative), Ct);
        var layer = TestPages.Json(html, "map-data").GetProperty("layer");
        Assert.Equal("M0@k33", layer.GetProperty("node").GetString());
        Assert.Equal("admin1", layer.GetProperty("level").GetString());
        var cell = layer.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == demo.SuppressedArea);
        Assert.True(cell.GetProperty("suppressed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cell.GetProperty("value").ValueKind);
        Assert.Equal(17, layer.GetProperty("withData").GetInt32());
    }

    [Fact]
    public async Task Map_Indicator_QuantileLegendAndPeriods()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/?indicator=POV_HC&level=admin1&period=2020", UriKind.Relative), Ct);
        var layer = TestPages.Json(html, "map-data").GetProperty("layer");
        Assert.Equal("quantiles", layer.GetProperty("legend").GetProperty("kind").GetString());
        Assert.Equal(5, layer.GetProperty("legend").GetProperty("classes").GetArrayLength());
        Assert.Equal("2020", layer.GetProperty("period").GetString());
        Assert.Equal(18, layer.GetProperty("withData").GetInt32());
        Assert.Equal(11, layer.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task Map_French_InterfaceAndNumbersInFrench()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/?lang=fr", UriKind.Relative), Ct);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Données de démonstration synthétiques", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/compare?lang=fr\"", html, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/data", UriKind.Relative));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-CH"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en", 0.5));
        var byHeader = await (await demo.Client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Contenu de la base", byHeader, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?run=abc", HttpStatusCode.BadRequest, "'run'")]
    [InlineData("/?run=9", HttpStatusCode.NotFound, "'run'")]
    [InlineData("/?run=1&node=NOPE", HttpStatusCode.NotFound, "'node'")]
    [InlineData("/?node=HSI", HttpStatusCode.BadRequest, "'node'")]
    [InlineData("/?run=1&indicator=POV_HC", HttpStatusCode.BadRequest, "'indicator'")]
    [InlineData("/?indicator=NOPE", HttpStatusCode.NotFound, "'indicator'")]
    [InlineData("/?indicator=POV_HC&period=20x", HttpStatusCode.BadRequest, "'period'")]
    [InlineData("/?level=admin7", HttpStatusCode.BadRequest, "'level'")]
    [InlineData("/?parent=NOPE", HttpStatusCode.NotFound, "'parent'")]
    [InlineData("/?lang=de", HttpStatusCode.BadRequest, "'lang'")]
    public async Task Map_BadParameter_ProblemNamingIt(string url, HttpStatusCode status, string parameter)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_Bundle_ServedWithVersionAndEtag()
    {
        var html = await demo.Client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        var start = html.IndexOf("/assets/app.css?v=", StringComparison.Ordinal);
        var url = html[start..html.IndexOf('"', start)];
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".leaflet-container", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.FromDays(30));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await demo.Client.SendAsync(again, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.Client.GetAsync(new Uri("/assets/nope.js", UriKind.Relative), Ct)).StatusCode);
    }
}
