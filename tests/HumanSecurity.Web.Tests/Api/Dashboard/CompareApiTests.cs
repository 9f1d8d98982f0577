using System.Net;
using System.Net.Http.Json;
using HumanSecurity.Web.ReadModels.Compare;

namespace HumanSecurity.Web.Tests.Api.Dashboard;

public sealed class CompareApiTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Compare_ThreeAreas_EveryNodeSideBySideAndIndicatorOverTime()
    {
        var c = await demo.Client.GetFromJsonAsync<AreaComparison>(new Uri("/api/compare?areas=XA01,XB01,XC01&indicator=POV_HC", UriKind.Relative), Ct);
        Assert.Equal(["XA01", "XB01", "XC01"], c!.Areas.Select(a => a.Code));
        var stored = (await demo.Store.GetScoresAsync(1, Ct)).Where(s => s.Node == "HSI").ToDictionary(s => s.Unit);
        var hsi = c.Rows.Single(r => r.Node == "HSI");
        for (var i = 0; i < 3; i++) Assert.Equal(stored[c.Areas[i].Code].Score, hsi.Cells[i].Score!.Value, 12);
        Assert.Equal("observations", c.OverTimeSource);
        Assert.Equal(3, c.OverTime.Count);
        Assert.All(c.OverTime, s => Assert.Equal(11, s.Points.Count));
        var page = await demo.Client.GetStringAsync(new Uri("/compare?areas=XA01,XB01,XC01", UriKind.Relative), Ct);
        Assert.Equal(3, TestPages.CountOf(TestPages.Section(page, "compare-table", "</thead>"), "data-area="));
    }

    [Theory]
    [InlineData("/api/compare?areas=XA01")]
    [InlineData("/api/compare?areas=XA01,XA02,XA03,XA04,XA05,XB01,XB02,XB03,XB04,XB05,XC01")]
    [InlineData("/api/compare")]
    public async Task Compare_TooFewOrTooManyAreas_400NamingAreas(string url)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'areas'", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparePage_NoAreas_AsksForThem()
    {
        var page = await demo.Client.GetStringAsync(new Uri("/compare", UriKind.Relative), Ct);
        Assert.Contains("id=\"compare-empty\"", page, StringComparison.Ordinal);
    }
}
