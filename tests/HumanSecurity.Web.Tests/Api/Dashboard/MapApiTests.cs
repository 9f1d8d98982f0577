using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Web.ReadModels;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests.Api.Dashboard;

public sealed class MapApiTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiMap_RunNodeAtAdmin1_ValuesAreTheStoredScores()
    {
        var layer = await demo.Client.GetFromJsonAsync<MapLayerView>(new Uri("/api/map?run=1&node=CLIMATE&level=admin1", UriKind.Relative), Ct);
        var stored = (await demo.Store.GetScoresAsync(1, Ct)).Where(s => s.Node == "CLIMATE").ToDictionary(s => s.Unit, s => s);
        Assert.Equal(18, layer!.Values.Count);
        foreach (var v in layer.Values)
        {
            Assert.Equal(stored[v.Code].Score, v.Value!.Value, 12);
            Assert.Equal(stored[v.Code].Class, v.Class);
            Assert.False(v.Aggregated);
        }
    }

    [Fact]
    public async Task ApiGeometry_Level_OneFeaturePerAreaWithGeometry_SimplifiedSmaller()
    {
        var full = await demo.Client.GetStringAsync(new Uri("/api/geometry?level=admin2", UriKind.Relative), Ct);
        var simple = await demo.Client.GetStringAsync(new Uri("/api/geometry?level=admin2&simplify=0.05", UriKind.Relative), Ct);
        using var doc = JsonDocument.Parse(simple);
        var codes = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString()!).ToList();
        var geometries = await demo.Store.GetGeometriesAsync(Ct);
        var admin2 = (await demo.Store.GetAreasAsync(Ct)).Where(a => a.Kind == AreaKind.Admin2 && geometries.ContainsKey(a.Code)).Select(a => a.Code);
        Assert.Equal(admin2.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.True(simple.Length < full.Length, $"simplified {simple.Length} vs {full.Length} characters");
        Assert.True(TestPages.CountOf(simple, "],[") < TestPages.CountOf(full, "],["), "the simplified layer has fewer vertices");
        var inside = await demo.Client.GetStringAsync(new Uri("/api/geometry?level=admin2&parent=XA01", UriKind.Relative), Ct);
        using var part = JsonDocument.Parse(inside);
        Assert.All(part.RootElement.GetProperty("features").EnumerateArray(), f =>
            Assert.StartsWith("XA01", f.GetProperty("properties").GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/geometry", "'level'")]
    [InlineData("/api/geometry?level=admin2&simplify=abc", "'simplify'")]
    [InlineData("/api/geometry?level=admin2&simplify=5", "'simplify'")]
    [InlineData("/api/map?run=1&level=nope", "'level'")]
    [InlineData("/api/map?lang=xx", "'lang'")]
    public async Task ApiMapAndGeometry_BadParameter_400NamingIt(string url, string parameter)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiMap_IndicatorOnlyAtFinerLevel_PopulationWeightedMeanOrSumAndSaysSo()
    {
        var store = new FakeStore();
        store.Areas.Add(new Area("C", "Country", AreaKind.Country, null));
        store.Areas.Add(new Area("C1", "One", AreaKind.Admin1, "C") { Populations = [new AreaPopulation(Period.FromYear(2024), 100)] });
        store.Areas.Add(new Area("C2", "Two", AreaKind.Admin1, "C") { Populations = [new AreaPopulation(Period.FromYear(2024), 300)] });
        store.Indicators.Add(new Indicator("RATE", "A rate", "% of population", Direction.HigherIsWorse));
        store.Indicators.Add(new Indicator("CNT", "People affected", "people", Direction.HigherIsWorse));
        foreach (var (code, share, people) in new[] { ("C1", 10.0, 5.0), ("C2", 30.0, 7.0) })
        {
            store.Latest.Add(new Observation("RATE", code, Period.FromYear(2024), Disaggregation.Total, share));
            store.Latest.Add(new Observation("CNT", code, Period.FromYear(2024), Disaggregation.Total, people));
        }
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0 }, store);
        builder.WebHost.UseTestServer();
        await using var app = ObservatoryWebApp.Build(builder);
        await app.StartAsync(Ct);
        var client = app.GetTestClient();
        var rate = await client.GetFromJsonAsync<MapLayerView>(new Uri("/api/map?indicator=RATE&level=country", UriKind.Relative), Ct);
        var c = Assert.Single(rate!.Values);
        Assert.Equal((10 * 100 + 30 * 300) / 400.0, c.Value!.Value, 12);
        Assert.True(c.Aggregated);
        Assert.Equal("mean", rate.Aggregation);
        Assert.Equal("admin1", rate.AggregatedFrom);
        var count = await client.GetFromJsonAsync<MapLayerView>(new Uri("/api/map?indicator=CNT&level=country", UriKind.Relative), Ct);
        Assert.Equal(12, Assert.Single(count!.Values).Value);
        Assert.Equal("sum", count.Aggregation);
        var page = await client.GetStringAsync(new Uri("/?indicator=RATE&level=country", UriKind.Relative), Ct);
        Assert.Contains("population-weighted means of the admin-1 areas", page, StringComparison.Ordinal);
    }
}
