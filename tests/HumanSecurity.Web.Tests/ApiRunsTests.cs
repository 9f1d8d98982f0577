using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HumanSecurity.Areas;
using HumanSecurity.Web.Api;

namespace HumanSecurity.Web.Tests;

public sealed class ApiRunsTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiRuns_Get_ListsIndexThenPovertyRun()
    {
        var page = await demo.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/runs", UriKind.Relative), Ct);
        var runs = page.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal("index", runs[0].GetProperty("kind").GetString());
        Assert.Equal("human-security", runs[0].GetProperty("model").GetString());
        Assert.Equal("admin2", runs[0].GetProperty("parameters").GetProperty("level").GetString());
        Assert.Equal(64, runs[0].GetProperty("modelHash").GetString()!.Length);
        Assert.Equal("poverty", runs[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ApiRun_Get_ServesTheManifest()
    {
        using var json = JsonDocument.Parse(await demo.Client.GetStringAsync(new Uri("/api/runs/1?limit=1", UriKind.Relative), Ct));
        var manifest = json.RootElement.GetProperty("manifest");
        Assert.Equal("index", manifest.GetProperty("kind").GetString());
        Assert.Equal(json.RootElement.GetProperty("run").GetProperty("modelHash").GetString(), manifest.GetProperty("model").GetProperty("hash").GetString());
        Assert.Equal("admin2", manifest.GetProperty("options").GetProperty("level").GetString());
        Assert.True(manifest.GetProperty("inputs").GetProperty("store").GetProperty("datasets").GetArrayLength() > 0);
        using var poverty = JsonDocument.Parse(await demo.Client.GetStringAsync(new Uri("/api/runs/2?limit=1", UriKind.Relative), Ct));
        Assert.Equal(JsonValueKind.Null, poverty.RootElement.GetProperty("manifest").ValueKind);
    }

    [Fact]
    public async Task ApiRun_NodeAndAreaLevel_OnlyThoseRows()
    {
        var run = await demo.Client.GetFromJsonAsync<RunScoresResponse>(new Uri("/api/runs/1?node=HSI&level=admin1", UriKind.Relative), Ct);
        var admin1 = (await demo.Store.GetAreasAsync(Ct)).Where(a => a.Kind == AreaKind.Admin1).Select(a => a.Code).Order(StringComparer.Ordinal);
        Assert.Equal(admin1, run!.Scores.Select(s => s.Unit).Order(StringComparer.Ordinal));
        Assert.All(run.Scores, s => Assert.Equal("HSI", s.Node));
        Assert.All(run.Scores, s => Assert.InRange(s.Score!.Value, 0, 10));
        Assert.Equal(run.Scores.Count, run.Count);
    }

    [Fact]
    public async Task ApiRun_LimitAndOffset_PagesThroughEveryRowOnce()
    {
        var all = await demo.Client.GetFromJsonAsync<RunScoresResponse>(new Uri("/api/runs/1?node=HSI", UriKind.Relative), Ct);
        Assert.False(all!.Truncated);
        Assert.Equal((all.Total, ApiPaging.DefaultLimit, 0), ((long)all.Count, all.Limit, all.Offset));
        var paged = new List<ScoreResponse>();
        for (var offset = 0; ; offset += 50)
        {
            var page = await demo.Client.GetFromJsonAsync<RunScoresResponse>(new Uri($"/api/runs/1?node=HSI&limit=50&offset={offset}", UriKind.Relative), Ct);
            Assert.Equal((all.Total, 50, offset), (page!.Total, page.Limit, page.Offset));
            paged.AddRange(page.Scores);
            Assert.Equal(offset + page.Count < all.Total, page.Truncated);
            if (!page.Truncated) break;
        }
        Assert.Equal(all.Scores, paged);
    }

    [Fact]
    public async Task ApiRun_TreeLevelZero_OnlyReliabilityRows()
    {
        var run = await demo.Client.GetFromJsonAsync<RunScoresResponse>(new Uri("/api/runs/1?level=0", UriKind.Relative), Ct);
        Assert.NotEmpty(run!.Scores);
        Assert.All(run.Scores, s => Assert.Contains('|', s.Node));
    }

    [Fact]
    public async Task ApiRun_SuppressedPovertyCell_NullScoreAndClass()
    {
        var run = await demo.Client.GetFromJsonAsync<RunScoresResponse>(new Uri("/api/runs/2?node=M0@k33", UriKind.Relative), Ct);
        var cell = run!.Scores.Single(s => s.Unit == demo.SuppressedArea);
        Assert.Null(cell.Score);
        Assert.Equal("suppressed", cell.Class);
    }

    [Theory]
    [InlineData("/api/runs/abc", 400, "'id'")]
    [InlineData("/api/runs/-1", 400, "'id'")]
    [InlineData("/api/runs/99999999999999999999999", 400, "'id'")]
    [InlineData("/api/runs/1%20OR%201=1", 400, "'id'")]
    [InlineData("/api/runs/42", 404, "unknown run 42")]
    [InlineData("/api/runs/1?node=NOPE", 404, "'NOPE'")]
    [InlineData("/api/runs/1?node=%27%20OR%201=1%20--", 404, "' OR 1=1 --")]
    [InlineData("/api/runs/1?level=admin9", 400, "'level'")]
    [InlineData("/api/runs/1?level=-2", 400, "'level'")]
    [InlineData("/api/runs/1?limit=0", 400, "'limit'")]
    [InlineData("/api/runs/1?limit=100001", 400, "'limit'")]
    [InlineData("/api/runs/1?limit=ten", 400, "'limit'")]
    [InlineData("/api/runs/1?offset=-5", 400, "'offset'")]
    [InlineData("/api/runs/1?offset=99999999999", 400, "'offset'")]
    public async Task ApiRun_BadInput_ProblemNamingParameter(string url, int status, string named)
    {
        await Problems.AssertAsync(await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct), (HttpStatusCode)status, named);
    }
}
