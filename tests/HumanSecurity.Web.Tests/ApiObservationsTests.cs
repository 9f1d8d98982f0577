using System.Net;
using System.Net.Http.Json;
using HumanSecurity.Observations;
using HumanSecurity.Web.Api;

namespace HumanSecurity.Web.Tests;

public sealed class ApiObservationsTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiObservations_IndicatorAreaPeriod_OnlyMatchingTotals()
    {
        var url = "/api/observations?indicator=POV_HC&area=XA0101,XA0102&from=2021&to=2023";
        var result = await demo.Client.GetFromJsonAsync<ObservationsResponse>(new Uri(url, UriKind.Relative), Ct);
        Assert.NotEmpty(result!.Observations);
        Assert.False(result.Truncated);
        Assert.All(result.Observations, o =>
        {
            Assert.Equal("POV_HC", o.Indicator);
            Assert.Contains(o.Area, new[] { "XA0101", "XA0102" });
            Assert.InRange(Period.Parse(o.Period).Year, 2021, 2023);
            Assert.Equal("_T", o.Sex);
        });
        Assert.Equal(result.Observations.Count, result.Count);
    }

    [Fact]
    public async Task ApiObservations_Limit_TruncatesAndSaysSo()
    {
        var result = await demo.Client.GetFromJsonAsync<ObservationsResponse>(new Uri("/api/observations?limit=7", UriKind.Relative), Ct);
        Assert.Equal(7, result!.Count);
        Assert.True(result.Truncated);
        var all = await demo.Client.GetFromJsonAsync<ObservationsResponse>(new Uri("/api/observations", UriKind.Relative), Ct);
        Assert.Equal(ApiPaging.DefaultLimit, all!.Limit);
        Assert.True(all.Count <= ApiPaging.DefaultLimit);
    }

    [Theory]
    [InlineData("/api/observations?indicator=NOPE", 404, "'NOPE'")]
    [InlineData("/api/observations?indicator=%27%20OR%201=1%20--", 404, "' OR 1=1 --")]
    [InlineData("/api/observations?area=x%27;DROP%20TABLE%20observations;--", 404, "DROP TABLE")]
    [InlineData("/api/observations?area=XA0101,NOWHERE", 404, "'NOWHERE'")]
    [InlineData("/api/observations?from=2024-13", 400, Period.ExpectedForms)]
    [InlineData("/api/observations?to=yesterday", 400, "'to'")]
    [InlineData("/api/observations?from=2025&to=2020", 400, "'from'")]
    [InlineData("/api/observations?limit=0", 400, "'limit'")]
    [InlineData("/api/observations?limit=100001", 400, "'limit'")]
    [InlineData("/api/observations?limit=ten", 400, "'limit'")]
    [InlineData("/api/observations?totals=maybe", 400, "'totals'")]
    public async Task ApiObservations_BadInput_ProblemNamingParameterOrCode(string url, int status, string named)
    {
        await Problems.AssertAsync(await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct), (HttpStatusCode)status, named);
    }

    [Fact]
    public async Task ApiObservations_StillWorksAfterInjectionAttempt()
    {
        await demo.Client.GetAsync(new Uri("/api/observations?indicator=POV_HC%27;DELETE%20FROM%20observations;--", UriKind.Relative), Ct);
        var result = await demo.Client.GetFromJsonAsync<ObservationsResponse>(new Uri("/api/observations?indicator=POV_HC&limit=1", UriKind.Relative), Ct);
        Assert.Equal(1, result!.Count);
    }
}
