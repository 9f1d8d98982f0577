using System.Net;
using System.Text.Json;

namespace HumanSecurity.Web.Tests.Platform;

/// <summary>DNS rebinding: only loopback names (and configured ones) are served, whatever the path.</summary>
public sealed class AllowedHostsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5080")]
    [InlineData("localhost.")]
    [InlineData("127.0.0.1:1234")]
    [InlineData("[::1]:80")]
    public async Task LoopbackHost_Served(string host)
    {
        await using var app = await WebTestHost.StartAsync(new FakeStore());
        var response = await app.GetAsync("/health", configure: r => r.Headers.Host = host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/")]
    [InlineData("/api/areas")]
    [InlineData("/api/nope")]
    public async Task OtherHost_400NamingTheHeaderBeforeAnythingRuns(string url)
    {
        var store = new FakeStore();
        await using var app = await WebTestHost.StartAsync(store);
        var response = await app.GetAsync(url, configure: r => r.Headers.Host = "attacker.example:5080");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var detail = json.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("header 'Host' ('attacker.example:5080')", detail, StringComparison.Ordinal);
        Assert.Contains("localhost, 127.0.0.1, [::1]", detail, StringComparison.Ordinal);
        Assert.Equal(0, store.AreaReads);
    }

    [Fact]
    public async Task ConfiguredHost_ServedOthersStillRefused()
    {
        await using var app = await WebTestHost.StartAsync(new FakeStore(), new WebOptions { Port = 0, AllowedHosts = ["observatory.example.org"] });
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/health", configure: r => r.Headers.Host = "Observatory.Example.Org")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/health", configure: r => r.Headers.Host = "localhost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync("/health", configure: r => r.Headers.Host = "example.org")).StatusCode);
    }
}
