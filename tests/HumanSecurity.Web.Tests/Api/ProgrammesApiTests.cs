using System.Net;
using System.Net.Http.Json;
using HumanSecurity.Web.Api;

namespace HumanSecurity.Web.Tests.Api;

/// <summary><c>/api/programmes</c> on the access store: P-1 works in XA01 and XA02 (climate, poverty), P-2 lists no area.</summary>
public sealed class ProgrammesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task All_ByIdWithEveryField()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var page = await host.Client.GetFromJsonAsync<ProgrammesPage>(new Uri("/api/programmes", UriKind.Relative), Ct);
        Assert.Equal(["P-1", "P-2"], page!.Programmes.Select(p => p.Id));
        Assert.Equal(new ProgrammeResponse("P-1", "Flood resilience", "active", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31), ["XA01", "XA02"],
            ["climate", "poverty"], ["1.5", "13.1"], 3.8e6, "USD", 20e6, "UNTFHS", true, 50_000) with { Areas = page.Programmes[0].Areas, Clusters = page.Programmes[0].Clusters, Sdgs = page.Programmes[0].Sdgs },
            page.Programmes[0]);
        Assert.Equal(["XA01", "XA02"], page.Programmes[0].Areas);
        Assert.Equal(["climate", "poverty"], page.Programmes[0].Clusters);
        Assert.Equal((2, 2L, false), (page.Count, page.Total, page.Truncated));
    }

    [Theory]
    [InlineData("area=XA01", "P-1")]
    [InlineData("area=XA", "P-1")]
    [InlineData("area=XA0101", "P-1")]
    [InlineData("cluster=climate", "P-1")]
    [InlineData("cluster=poverty&area=XA02", "P-1")]
    public async Task Filters_KeepTheProgrammesReachingTheAreaOrCluster(string query, string expected)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var page = await host.Client.GetFromJsonAsync<ProgrammesPage>(new Uri("/api/programmes?" + query, UriKind.Relative), Ct);
        Assert.Equal([expected], page!.Programmes.Select(p => p.Id));
    }

    [Theory]
    [InlineData("area=NOPE", HttpStatusCode.NotFound, "unknown area 'NOPE' (query parameter 'area')")]
    [InlineData("cluster=digital", HttpStatusCode.NotFound, "no programmes match cluster=digital")]
    [InlineData("cluster=digital&area=XA01", HttpStatusCode.NotFound, "no programmes match area=XA01 and cluster=digital")]
    [InlineData("cluster=Climate", HttpStatusCode.BadRequest, "query parameter 'cluster' must be a threat cluster")]
    [InlineData("area=", HttpStatusCode.NotFound, "unknown area ''")]
    public async Task BadOrUnmatchedFilter_ProblemNamingIt(string query, HttpStatusCode status, string detail)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        await Problems.AssertAsync(await host.GetAsync("/api/programmes?" + query), status, detail);
    }
}
