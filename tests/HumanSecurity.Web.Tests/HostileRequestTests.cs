using System.Net;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>Requests a careless or hostile client sends: none may answer 500, every error is ProblemDetails.</summary>
public sealed class HostileRequestTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> HostileUrls => new()
    {
        "/?run=abc", "/?run=-1", "/?run=99", "/?run=1&node=%3Cscript%3Ealert(1)%3C/script%3E", "/?node=HSI", "/?indicator=%27%20OR%201=1%20--",
        "/api/runs/%27%20OR%201=1%20--", "/api/runs/1?level=%3Cb%3E", "/api/runs/0", "/api/runs/9223372036854775807",
        "/api/observations?from=2024-Q5", "/api/observations?from=0000", "/api/observations?indicator=,,,", "/api/observations?area=%00",
        "/api/observations?indicator=POV_HC&indicator=POV_HC", "/api/runs/1?node=HSI&node=CLIMATE", "/api/nope", "/api/runs/1/extra",
        "/etc/passwd", "/..%2F..%2Fetc%2Fpasswd", "/api/observations?" + string.Join('&', Enumerable.Range(0, 300).Select(i => $"p{i}=1")),
    };

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public async Task Get_HostileUrl_ClientErrorOrOkNever500(string url)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var status = (int)response.StatusCode;
        Assert.True(status is 200 or (>= 400 and < 500), $"{url} answered {status}");
        if (status >= 400) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/observations?indicator=")]
    [InlineData("/?indicator=")]
    [InlineData("/api/runs/1?node=")]
    public async Task Get_OverLongValue_400NamingParameter(string prefix)
    {
        var response = await demo.Client.GetAsync(new Uri(prefix + new string('A', 5000), UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("characters long", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ValueJustUnderLimit_NotRejectedForLength()
    {
        var response = await demo.Client.GetAsync(new Uri("/api/observations?indicator=" + new string('A', 256), UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/runs")]
    [InlineData("PUT", "/api/runs/1")]
    [InlineData("DELETE", "/api/runs/1")]
    [InlineData("PATCH", "/api/observations")]
    [InlineData("POST", "/api/areas")]
    [InlineData("DELETE", "/health")]
    [InlineData("POST", "/")]
    public async Task NonGet_ReadEndpoint_405(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new StringContent("{}") };
        var response = await demo.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Page_HtmlInStoredCodesAndNames_Escaped()
    {
        const string evil = "<script>alert(1)</script>";
        var store = new FakeStore();
        store.Areas.Add(new Area("X" + evil, "Name" + evil, AreaKind.Country, null));
        store.Indicators.Add(new Indicator("I" + evil, "Ind" + evil, "u" + evil, Direction.HigherIsWorse) { Source = evil });
        store.Latest.Add(new Observation("I" + evil, "X" + evil, Period.FromYear(2024), Disaggregation.Total, 1));
        store.Geometries["X" + evil] = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}";
        store.Runs.Add(new RunRecord(1, "index" + evil, "model" + evil, evil, 1, DateTimeOffset.UnixEpoch));
        store.Scores.Add((1, new ScoreRow("X" + evil, "N" + evil, 2, "2024", 5, 1, "High" + evil)));
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0, StoreLabel = evil }, store);
        builder.WebHost.UseTestServer();
        await using var app = ObservatoryWebApp.Build(builder);
        await app.StartAsync(Ct);
        var client = app.GetTestClient();
        foreach (var url in new[] { "/", "/?run=1", "/?run=1&node=N" + Uri.EscapeDataString(evil), "/data" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain(evil, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }
}
