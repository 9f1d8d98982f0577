using System.Net;
using System.Text;
using HumanSecurity.Web.Platform;
using Microsoft.AspNetCore.Builder;

namespace HumanSecurity.Web.Tests.Platform;

public sealed class RequestBodyLimitsTests
{
    [Fact]
    public async Task AnyEndpoint_BodyOverTheDefault_413()
    {
        await using var host = await WebTestHost.StartAsync(new FakeStore());
        var response = await host.SendAsync(HttpMethod.Post, "/api/areas", content: new StringContent(new string('x', RequestBodyLimits.DefaultBytes + 1)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ChunkedBodyWithoutLength_CappedTheSameWay()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var json = "{\"restricted\": true, \"pad\": \"" + new string(' ', 4000) + "\"}";
        var content = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        var response = await host.SendAsync(HttpMethod.Put, "/api/datasets/4/access", s.Admin, content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False((await s.Store.GetDatasetsAsync(TestContext.Current.CancellationToken)).Single(d => d.Id == 4).Restricted);
    }

    [Fact]
    public void WithRequestBodyLimit_AboveKestrelsCap_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NoConventions().WithRequestBodyLimit(RequestBodyLimits.MaxBytes + 1));

    private sealed class NoConventions : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
        }
    }

    /// <summary>A readable stream that does not know its length, so the client sends it chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
