using System.Net;
using System.Net.Http.Json;
using HumanSecurity.Areas;
using HumanSecurity.Storage;
using HumanSecurity.Web.Api;

namespace HumanSecurity.Web.Tests.Api;

/// <summary><c>/api/runs/{id}</c> filtered by area, node, level and period inside the store (run 1 of the access store:
/// HSI at level 2 and FLOOD at level 1 for XA, XA01, XA02, XA0101 in 2023 and 2024; run 2 poverty).</summary>
public sealed class RunScoresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RunScoresResponse> GetAsync(WebTestHost host, string url)
    {
        var response = await host.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<RunScoresResponse>(Ct))!;
    }

    [Theory]
    [InlineData("area=XA01", 4, "XA01")]
    [InlineData("area=XA01,XA02&node=HSI&period=2024", 2, "XA01,XA02")]
    [InlineData("level=admin1", 8, "XA01,XA02")]
    [InlineData("level=admin1&node=FLOOD&period=2023", 2, "XA01,XA02")]
    [InlineData("level=1&area=XA0101", 2, "XA0101")]
    [InlineData("period=2023,2024&area=XA", 4, "XA")]
    public async Task Filters_OnlyTheMatchingRows(string query, int rows, string units)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var run = await GetAsync(host, "/api/runs/1?" + query);
        Assert.Equal(rows, run.Total);
        Assert.Equal(rows, run.Scores.Count);
        Assert.Equal(units.Split(','), run.Scores.Select(r => r.Unit).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("period=1999", "run 1 has no scores for period '1999' (query parameter 'period')")]
    [InlineData("area=NOPE", "unknown area 'NOPE' (query parameter 'area')")]
    [InlineData("node=HSI&area=XA01&level=admin2", "no score rows of run 1 match node=HSI and level=admin2 and area=XA01")]
    [InlineData("node=HSI,NOPE", "unknown node 'NOPE' in run 1")]
    [InlineData("level=admin5", "no score rows of run 1 match level=admin5")]
    public async Task UnmatchedFilter_404NamingIt(string query, string detail)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        await Problems.AssertAsync(await host.GetAsync("/api/runs/1?" + query), HttpStatusCode.NotFound, detail);
    }

    [Fact]
    public async Task Page_ReadFromTheStoresPagedQueryNeverTheWholeRun()
    {
        var store = new FakeStore { RefuseFullScoreReads = true };
        store.Areas.AddRange([new Area("XA", "Xandria", AreaKind.Country, null), new Area("XA01", "North", AreaKind.Admin1, "XA")]);
        store.Runs.Add(new RunRecord(1, "index", "m", new string('a', 64), 1, DateTimeOffset.UnixEpoch));
        for (var i = 0; i < 50; i++) store.Scores.Add((1, new ScoreRow(i % 2 == 0 ? "XA" : "XA01", $"N{i:D2}", 2, "2024", i, 1, null)));
        await using var host = await WebTestHost.StartAsync(store);
        var run = await GetAsync(host, "/api/runs/1?limit=5&offset=10&level=admin1");
        Assert.Equal((25L, 5, true), (run.Total, run.Count, run.Truncated));
        Assert.Equal(["N21", "N23", "N25", "N27", "N29"], run.Scores.Select(r => r.Node));
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/api/runs/1?format=csv")).StatusCode);
    }

    [Fact]
    public async Task PovertyCellMarkedSuppressed_NeverPublishesAScoreOrRank()
    {
        var store = new FakeStore();
        store.Runs.Add(new RunRecord(1, "poverty", "global-mpi", new string('a', 64), 1, DateTimeOffset.UnixEpoch));
        store.Scores.Add((1, new ScoreRow("XA01", "M0@k33", 1, null, 0.123, 2, "suppressed")));
        store.Scores.Add((1, new ScoreRow("XA02", "M0@k33", 1, null, 0.2, 1, null)));
        await using var host = await WebTestHost.StartAsync(store);
        var run = await GetAsync(host, "/api/runs/1");
        Assert.Equal([(null, 0), (0.2, 1)], run.Scores.Select(r => (r.Score, r.Rank)));
        var csv = await (await host.GetAsync("/api/runs/1?format=csv")).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("0.123", csv, StringComparison.Ordinal);
    }
}
