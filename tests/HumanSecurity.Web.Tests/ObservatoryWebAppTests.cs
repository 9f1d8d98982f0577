using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.Builder;
using HumanSecurity.Web.Api;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

public sealed class ObservatoryWebAppTests : IAsyncLifetime
{
    private static readonly Lazy<FakeStore> Demo = new(DemoStoreData.Create);
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync() => (_app, _client) = await StartAsync(Demo.Value);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    [Fact]
    public async Task DataPage_DemoStore_ListsCountriesAndAdmin1Areas()
    {
        var html = await _client.GetStringAsync(new Uri("/data", UriKind.Relative), TestContext.Current.CancellationToken);
        foreach (var area in Demo.Value.Areas.Where(a => a.Kind is AreaKind.Country or AreaKind.Admin1))
            Assert.Contains(WebUtility.HtmlEncode(area.Name), html, StringComparison.Ordinal);
        Assert.Contains("id=\"synthetic\"", html, StringComparison.Ordinal);
        Assert.Contains("POV_HC", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_UnmarkedData_NoSyntheticBanner()
    {
        var store = new FakeStore();
        store.Areas.Add(new Area("XYZ", "Plain country", AreaKind.Country, null));
        var (app, client) = await StartAsync(store);
        await using (app)
        {
            var html = await client.GetStringAsync(new Uri("/data", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("Plain country", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"synthetic\"", html, StringComparison.Ordinal);
            var map = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("id=\"map-empty\"", map, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"synthetic\"", map, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_Get_OkWithCounts()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var counts = json.RootElement.GetProperty("counts");
        Assert.Equal(Demo.Value.Areas.Count, counts.GetProperty("areas").GetInt64());
        Assert.Equal(3, counts.GetProperty("areasByKind").GetProperty("country").GetInt64());
    }

    [Fact]
    public async Task UnknownRoute_Get_404ProblemDetails()
    {
        var response = await _client.GetAsync(new Uri("/no/such/page", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ApiIndicators_Get_LatestSummaryPerIndicator()
    {
        var page = await _client.GetFromJsonAsync<IndicatorsPage>(new Uri("/api/indicators", UriKind.Relative), TestContext.Current.CancellationToken);
        var list = page!.Indicators;
        Assert.Equal(Demo.Value.Indicators.Count, list.Count);
        var poverty = list.Single(i => i.Code == "POV_HC");
        Assert.Equal("2025", poverty.LatestPeriod);
        Assert.Equal("admin2", poverty.Level);
        Assert.True(poverty.Min <= poverty.Median && poverty.Median <= poverty.Max);
    }

    [Fact]
    public async Task ApiAreasAndDatasets_Get_ListEverything()
    {
        var ct = TestContext.Current.CancellationToken;
        var areas = (await _client.GetFromJsonAsync<AreasPage>(new Uri("/api/areas", UriKind.Relative), ct))!.Areas;
        Assert.Equal(Demo.Value.Areas.Count, areas.Count);
        Assert.Equal("region", areas[0].Kind);
        var datasets = (await _client.GetFromJsonAsync<DatasetsPage>(new Uri("/api/datasets", UriKind.Relative), ct))!.Datasets;
        Assert.Equal("areas", Assert.Single(datasets).Kind);
    }

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(IStore store)
    {
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0, StoreLabel = "test" }, store);
        builder.WebHost.UseTestServer();
        var app = ObservatoryWebApp.Build(builder);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return (app, app.GetTestClient());
    }
}
