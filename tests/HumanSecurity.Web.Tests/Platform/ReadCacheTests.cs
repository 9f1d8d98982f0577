using HumanSecurity.Areas;
using HumanSecurity.Web.Platform;

namespace HumanSecurity.Web.Tests.Platform;

public sealed class ReadCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CachedResponse Response(long version, int bytes) => new(version, "\"e\"", "application/json", [], new byte[bytes]);

    [Fact]
    public async Task RepeatedRead_ServedFromMemoryUntilTheDataVersionChanges()
    {
        var store = new FakeStore();
        store.Areas.Add(new Area("XA", "Xandria", AreaKind.Country, null));
        await using var host = await WebTestHost.StartAsync(store);
        var first = await (await host.GetAsync("/api/areas")).Content.ReadAsStringAsync(Ct);
        var second = await (await host.GetAsync("/api/areas")).Content.ReadAsStringAsync(Ct);
        Assert.Equal(first, second);
        Assert.Equal(1, store.AreaReads);
        store.Areas.Add(new Area("XB", "Xbland", AreaKind.Country, null));
        store.DataVersion++;
        var third = await (await host.GetAsync("/api/areas")).Content.ReadAsStringAsync(Ct);
        Assert.Equal(2, store.AreaReads);
        Assert.Contains("Xbland", third, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_NewVersionDropsOlderEntriesAndRefusesStaleOnes()
    {
        var cache = new ReadCacheStore(1 << 20);
        Assert.True(cache.TryStart("a", out _));
        cache.Complete("a", Response(1, 10));
        Assert.NotNull(cache.Find("a", 1));
        Assert.Null(cache.Find("a", 2));
        Assert.True(cache.TryStart("b", out _));
        cache.Complete("b", Response(2, 10));
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryStart("a", out _));
        cache.Complete("a", Response(1, 10));
        Assert.Null(cache.Find("a", 1));
    }

    [Fact]
    public void Store_OverBudget_LeastRecentlyUsedGoFirstAndLargeResponsesAreNotKept()
    {
        var cache = new ReadCacheStore(16 * 100);
        for (var i = 0; i < 20; i++)
        {
            Assert.True(cache.TryStart($"k{i}", out _));
            cache.Complete($"k{i}", Response(1, 100));
            cache.Find("k0", 1);
        }
        Assert.True(cache.Bytes <= 16 * 100);
        Assert.NotNull(cache.Find("k0", 1));
        Assert.Null(cache.Find("k1", 1));
        Assert.True(cache.TryStart("big", out _));
        cache.Complete("big", Response(1, 101));
        Assert.Null(cache.Find("big", 1));
    }

    [Fact]
    public async Task Store_SecondCallerWaitsForTheFirstComputation()
    {
        var cache = new ReadCacheStore(1 << 20);
        Assert.True(cache.TryStart("k", out _));
        Assert.False(cache.TryStart("k", out var running));
        Assert.False(running.IsCompleted);
        var response = Response(1, 3);
        cache.Complete("k", response);
        Assert.Same(response, await running.WaitAsync(Ct));
        Assert.True(cache.TryStart("k", out _));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("text/csv; charset=utf-8; header=present", true)]
    [InlineData("text/html; charset=utf-8", true)]
    [InlineData("application/geo+json", true)]
    [InlineData("application/vnd.sdmx.data+csv; version=2.0.0", true)]
    [InlineData("image/svg+xml", true)]
    [InlineData("application/pdf", false)]
    [InlineData("image/png", false)]
    [InlineData(null, false)]
    public void IsCacheable_TextYesBinaryNo(string? contentType, bool cacheable) => Assert.Equal(cacheable, ReadCache.IsCacheable(contentType));

    [Fact]
    public void ETag_StrongQuotedAndFixedPerVersionAndKey()
    {
        var cache = new ReadCacheStore(1 << 20);
        var tag = cache.ETagOf(1, "k");
        Assert.Matches("^\"[A-Za-z0-9_-]{24}\"$", tag);
        Assert.Equal(tag, cache.ETagOf(1, "k"));
        Assert.NotEqual(tag, cache.ETagOf(2, "k"));
        Assert.NotEqual(tag, cache.ETagOf(1, "k2"));
        Assert.NotEqual(tag, new ReadCacheStore(1 << 20).ETagOf(1, "k"));
    }
}
