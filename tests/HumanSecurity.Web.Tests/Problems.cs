using System.Net;
using System.Text.Json;

namespace HumanSecurity.Web.Tests;

/// <summary>Assertions on ProblemDetails answers.</summary>
internal static class Problems
{
    /// <summary>Asserts the status and the problem media type; returns the <c>detail</c>.</summary>
    public static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>Asserts the status, the media type and that the detail contains <paramref name="text"/>.</summary>
    public static async Task AssertAsync(HttpResponseMessage response, HttpStatusCode status, string text) =>
        Assert.Contains(text, await DetailAsync(response, status), StringComparison.Ordinal);
}
