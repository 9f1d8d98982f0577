using System.Net;
using System.Reflection;
using System.Text.Json;
using HumanSecurity.Storage;
using HumanSecurity.Web.Platform;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HumanSecurity.Web.Tests.Platform;

public sealed class QueryParameterCheckTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> BadRequestDetailAsync(string url) =>
        await Problems.DetailAsync(await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct), HttpStatusCode.BadRequest);

    [Theory]
    [MemberData(nameof(ApiUrls.Reads), MemberType = typeof(ApiUrls))]
    [InlineData("/")]
    public async Task UnknownParameter_400NamingItAndWhatIsAccepted(string url)
    {
        var detail = await BadRequestDetailAsync(ApiUrls.With(url, "indicatr=POV_HC"));
        Assert.Contains("unknown query parameter 'indicatr'", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/observations?indicator=,,,,", "'indicator' holds no code")]
    [InlineData("/api/observations?indicator=", "'indicator' holds no code")]
    [InlineData("/api/observations?area=%20,%20", "'area' holds no code")]
    [InlineData("/api/runs/1?node=,", "'node' holds no code")]
    [InlineData("/api/runs/1?area=", "'area' holds no code")]
    [InlineData("/api/runs/1?period=,,", "'period' holds no code")]
    [InlineData("/api/observations?indicator=POV_HC&indicator=HLT_U5MR", "'indicator' is given 2 times")]
    [InlineData("/api/areas?limit=5&limit=6", "'limit' is given 2 times")]
    [InlineData("/api/areas?limit=", "'limit'")]
    [InlineData("/api/areas?offset=-1", "'offset'")]
    [InlineData("/api/areas?kind=district", "'kind'")]
    [InlineData("/api/programmes?cluster=weather", "'cluster'")]
    [InlineData("/api/runs?kind=", "'kind'")]
    [InlineData("/health?verbose=1", "this endpoint takes no query parameters")]
    public async Task EmptyOrRepeatedOrMalformed_400NamingTheParameter(string url, string named)
    {
        Assert.Contains(named, await BadRequestDetailAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParameterNames_CaseInsensitiveAsBindingIs()
    {
        var response = await demo.Client.GetAsync(new Uri("/api/areas?LIMIT=2", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, json.RootElement.GetProperty("count").GetInt32());
    }

    private static void Handler(IStore store, string id, string? plain, int? number, [FromQuery(Name = "renamed")] string? x, [FromHeader] string? header,
        [FromServices] WebOptions options, HttpContext context, string[]? many, CancellationToken ct)
    {
    }

    [Fact]
    public void Of_Handler_QueryParametersOnlyArraysRepeatable()
    {
        var method = typeof(QueryParameterCheckTests).GetMethod(nameof(Handler), BindingFlags.NonPublic | BindingFlags.Static)!;
        var known = QueryParameters.Of(method, RoutePatternFactory.Parse("/things/{id}"));
        Assert.Equal(["many", "number", "plain", "renamed"], known.Names);
        Assert.Equal(["many"], known.Repeatable);
        Assert.Null(QueryParameterCheck.Problem(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["many"] = new(["a", "b"]) }), known));
        Assert.NotNull(QueryParameterCheck.Problem(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["plain"] = new(["a", "b"]) }), known));
    }
}
