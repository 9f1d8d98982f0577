using System.Net;
using System.Text.Json;

namespace HumanSecurity.Web.Tests.Reference;

public sealed class ApiReferenceTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_ListsEveryOperationOfTheOpenApiDocumentWithoutScripts()
    {
        using var openApi = JsonDocument.Parse(await demo.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var response = await demo.Client.GetAsync(new Uri("/api/reference", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var operations = 0;
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                Assert.Contains($"<span class=\"method\">{op.Name.ToUpperInvariant()}</span> {path.Name}</code>", html, StringComparison.Ordinal);
                operations++;
            }
        }
        Assert.True(operations >= 9, $"only {operations} operations");
        Assert.Contains("<code>format</code>", html, StringComparison.Ordinal);
        Assert.Contains("PUT", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheNewEndpointsAndTheAccessBody()
    {
        using var json = JsonDocument.Parse(await demo.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/programmes").TryGetProperty("get", out _));
        var put = paths.GetProperty("/api/datasets/{id}/access").GetProperty("put");
        Assert.Equal("boolean", put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("properties").GetProperty("restricted").GetProperty("type").GetString());
        foreach (var status in new[] { "401", "403", "413" }) Assert.True(put.GetProperty("responses").TryGetProperty(status, out _), status);
        var run = paths.GetProperty("/api/runs/{id}").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["id", "node", "level", "area", "period", "limit", "offset", "format"], run);
    }
}
