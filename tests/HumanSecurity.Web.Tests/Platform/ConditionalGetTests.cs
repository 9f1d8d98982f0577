using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace HumanSecurity.Web.Tests.Platform;

/// <summary>HEAD on every GET, strong ETags, 304 on If-None-Match, and validators that change with the data.</summary>
public sealed class ConditionalGetTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        configure?.Invoke(request);
        return demo.Client.SendAsync(request, Ct);
    }

    [Theory]
    [MemberData(nameof(ApiUrls.Reads), MemberType = typeof(ApiUrls))]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/runs/999")]
    public async Task Head_EveryGet_SameStatusAndHeadersNoBody(string url)
    {
        var get = await SendAsync(HttpMethod.Get, url);
        var body = await get.Content.ReadAsByteArrayAsync(Ct);
        var head = await SendAsync(HttpMethod.Head, url);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(ApiUrls.Reads), MemberType = typeof(ApiUrls))]
    public async Task IfNoneMatch_CurrentETag_304EmptyForGetAndHead(string url)
    {
        var first = await SendAsync(HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("Accept", first.Headers.Vary);
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var again = await SendAsync(method, url, r => r.Headers.IfNoneMatch.Add(etag));
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(etag, again.Headers.ETag);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
        }
        var weak = await SendAsync(HttpMethod.Get, url, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag, isWeak: true)));
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        var other = await SendAsync(HttpMethod.Get, url, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Ct), await other.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task ETag_DiffersByRepresentationAndQuery()
    {
        var json = (await SendAsync(HttpMethod.Get, "/api/areas")).Headers.ETag;
        var csv = (await SendAsync(HttpMethod.Get, "/api/areas", r => r.Headers.Accept.ParseAdd("text/csv"))).Headers.ETag;
        var page = (await SendAsync(HttpMethod.Get, "/api/areas?limit=5")).Headers.ETag;
        Assert.Equal(3, new[] { json, csv, page }.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/runs/999")]
    [InlineData("/api/areas?kind=nope")]
    [InlineData("/api/nope")]
    public async Task Errors_NoETagAndIfNoneMatchStarStillTheError(string url)
    {
        var response = await SendAsync(HttpMethod.Get, url, r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));
        Assert.True((int)response.StatusCode >= 400);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task IfNoneMatchStar_ExistingResource_304()
    {
        var response = await SendAsync(HttpMethod.Get, "/api/runs", r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task DataChanges_OldETagNoLongerMatches()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var first = await host.GetAsync("/api/datasets");
        var etag = first.Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await host.GetAsync("/api/datasets", configure: r => r.Headers.IfNoneMatch.Add(etag))).StatusCode);
        var put = await host.SendAsync(HttpMethod.Put, "/api/datasets/3/access", s.Admin, new StringContent("""{"restricted": true}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await host.GetAsync("/api/datasets", configure: r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.DoesNotContain("\"id\":3", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerWithRole_OwnETagPrivateCache()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var anonymous = await host.GetAsync("/api/datasets");
        var viewer = await host.GetAsync("/api/datasets", s.Viewer);
        Assert.NotEqual(anonymous.Headers.ETag, viewer.Headers.ETag);
        Assert.Equal("no-cache", anonymous.Headers.CacheControl?.ToString());
        Assert.True(viewer.Headers.CacheControl?.Private);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/api/datasets", s.Viewer, r => r.Headers.IfNoneMatch.Add(anonymous.Headers.ETag!))).StatusCode);
    }
}
