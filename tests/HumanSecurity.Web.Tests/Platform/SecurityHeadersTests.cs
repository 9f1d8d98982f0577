using HumanSecurity.Web.Platform;

namespace HumanSecurity.Web.Tests.Platform;

public sealed class SecurityHeadersTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/api/areas")]
    [InlineData("/api/reference")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/nope")]
    [InlineData("/api/runs/abc")]
    [InlineData("/api/areas?bogus=1")]
    public async Task AnyResponse_CarriesEverySecurityHeader(string url)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        foreach (var (name, value) in SecurityHeaders.All)
            Assert.True(response.Headers.TryGetValues(name, out var values) && values.Single() == value, $"{url}: header {name} missing or wrong");
    }

    [Fact]
    public void ContentSecurityPolicy_SelfOnlyNoInlineScriptNoFraming()
    {
        var csp = SecurityHeaders.ContentSecurityPolicy;
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
    }
}
