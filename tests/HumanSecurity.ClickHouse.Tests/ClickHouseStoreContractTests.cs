using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.ClickHouse.Tests;

/// <summary>The store contract on a single ClickHouse server.</summary>
public sealed class ClickHouseStoreContractTests(ClickHouseServers servers) : StoreContractTests, IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    protected override async Task<IStore> CreateStoreAsync() => await _stores.CreateAsync(sharded: false, Ct);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}

/// <summary>The store contract on a store sharded over two ClickHouse servers (a Distributed table per big table).</summary>
public sealed class ClickHouseShardedStoreContractTests(ClickHouseServers servers) : StoreContractTests, IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    protected override async Task<IStore> CreateStoreAsync() => await _stores.CreateAsync(sharded: true, Ct);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}

/// <summary>The access-control contract (tokens, audit log, restricted datasets) on two ClickHouse shards.</summary>
public sealed class ClickHouseStoreAccessTests(ClickHouseServers servers) : AccessStoreContractTests, IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    protected override async Task<IStore> CreateStoreAsync() => await _stores.CreateAsync(sharded: true, Ct);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
