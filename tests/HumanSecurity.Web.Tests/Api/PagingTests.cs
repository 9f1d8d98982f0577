using System.Net;
using System.Text.Json;

namespace HumanSecurity.Web.Tests.Api;

/// <summary>Every list pages the same way: limit, offset, total, truncated, and a Link to the next page.</summary>
public sealed class PagingTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(JsonElement Page, HttpResponseMessage Response)> GetAsync(string url)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (json.RootElement.Clone(), response);
    }

    private static List<string> Rows(JsonElement page) =>
        page.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.Array).Value.EnumerateArray().Select(r => r.GetRawText()).ToList();

    [Theory]
    [MemberData(nameof(ApiUrls.Lists), MemberType = typeof(ApiUrls))]
    public async Task PagesOfTwo_FollowingLinks_CoverEveryRowOnce(string url)
    {
        var (all, _) = await GetAsync(url);
        var total = all.GetProperty("total").GetInt64();
        Assert.Equal((total, 0, false), ((long)all.GetProperty("count").GetInt32(), all.GetProperty("offset").GetInt32(), all.GetProperty("truncated").GetBoolean()));
        var rows = new List<string>();
        var next = ApiUrls.With(url, "limit=2");
        for (var pages = 0; next is not null; pages++)
        {
            Assert.True(pages <= total, "paging did not end");
            var (page, response) = await GetAsync(next);
            Assert.Equal((total, 2), (page.GetProperty("total").GetInt64(), page.GetProperty("limit").GetInt32()));
            Assert.Equal(rows.Count, page.GetProperty("offset").GetInt32());
            rows.AddRange(Rows(page));
            Assert.Equal(rows.Count < total, page.GetProperty("truncated").GetBoolean());
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
            Assert.Equal(page.GetProperty("truncated").GetBoolean(), next is not null);
        }
        Assert.Equal(Rows(all), rows);
    }

    [Theory]
    [MemberData(nameof(ApiUrls.Lists), MemberType = typeof(ApiUrls))]
    public async Task OffsetPastTheEnd_EmptyPageWithTheTotal(string url)
    {
        var (all, _) = await GetAsync(url);
        var (page, _) = await GetAsync(ApiUrls.With(url, "offset=100000"));
        Assert.Empty(Rows(page));
        Assert.Equal(all.GetProperty("total").GetInt64(), page.GetProperty("total").GetInt64());
        Assert.False(page.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(ApiUrls.Lists), MemberType = typeof(ApiUrls))]
    public async Task BadLimitOrOffset_400NamingIt(string url)
    {
        foreach (var (query, name) in new[] { ("limit=0", "'limit'"), ("limit=100001", "'limit'"), ("limit=x", "'limit'"), ("offset=-1", "'offset'"), ("offset=1e3", "'offset'") })
        {
            await Problems.AssertAsync(await demo.Client.GetAsync(new Uri(ApiUrls.With(url, query), UriKind.Relative), Ct), HttpStatusCode.BadRequest, name);
        }
    }
}
