using HumanSecurity.Testing;

namespace HumanSecurity.ClickHouse.Tests;

/// <summary>Fresh store databases on the test servers, dropped when the owning test class is disposed.</summary>
public sealed class ClickHouseTestStores(ClickHouseServers servers) : IAsyncDisposable
{
    private readonly List<ClickHouseStore> _stores = [];

    public ClickHouseServers Servers => servers;

    /// <summary>Opens a new, empty store (single node, or sharded over both servers). The caller may dispose it; its
    /// database is dropped at the end of the test class.</summary>
    public async Task<ClickHouseStore> CreateAsync(bool sharded, CancellationToken ct = default)
    {
        var store = await ClickHouseStore.OpenAsync(ClickHouseUrl.Parse(servers.NewStoreUrl(sharded)), ct);
        lock (_stores) _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_stores.Select(async store =>
    {
        await using var dropper = await ClickHouseStore.OpenAsync(store.Url);
        await dropper.DropAsync();
    }));
}
