using System.Net;
using System.Text.Json;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>The one exception → ProblemDetails map (<see cref="ApiExceptionHandler"/>): an endpoint that throws answers
/// with the documented status and a ProblemDetails body, never a stack trace.</summary>
public sealed class ApiErrorsTests
{
    public static TheoryData<string, int, string> Cases() => new()
    {
        { "store", 503, "store 's.duckdb' is in use by process 7" },
        { "invalid", 400, "error: f.csv:3:value: 'abc' is not a number" },
        { "bug", 500, "internal error (NullReferenceException); please report it" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ThrowingEndpoint_ProblemDetailsWithStatus(string kind, int status, string detail)
    {
        var store = new FakeStore
        {
            RunsFailure = kind switch
            {
                "store" => new StoreUnavailableException("s.duckdb", "store 's.duckdb' is in use by process 7"),
                "invalid" => new InvalidInputException("f.csv:3:value", "'abc' is not a number"),
                _ => new NullReferenceException("secret internals"),
            },
        };
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0, StoreLabel = "test" }, store);
        builder.WebHost.UseTestServer();
        await using var app = ObservatoryWebApp.Build(builder);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = app.GetTestClient();
        var response = await client.GetAsync(new Uri("/api/runs", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(detail, json.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("secret internals", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        if (kind == "invalid")
            Assert.Equal("f.csv:3:value", json.RootElement.GetProperty("problems")[0].GetProperty("location").GetString());
    }

    [Fact]
    public void Map_Cancelled_ClientClosedRequest() =>
        Assert.Equal(ApiExceptionHandler.ClientClosedRequest, ApiExceptionHandler.ToProblem(new OperationCanceledException()).Status);
}
