using System.Text.Json;

namespace HumanSecurity.Web.Tests;

public sealed class OpenApiTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    [Fact]
    public async Task OpenApi_Document_ListsEveryApiEndpoint()
    {
        var text = await demo.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(text);
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/health", "/api/areas", "/api/indicators", "/api/datasets", "/api/runs", "/api/runs/{id}", "/api/observations" })
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty("get", out _), $"{path} missing from the OpenAPI document");
        var parameters = paths.GetProperty("/api/observations").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["indicator", "area", "from", "to", "limit", "totals", "offset", "format"], parameters);
        Assert.True(paths.GetProperty("/api/runs/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }
}
