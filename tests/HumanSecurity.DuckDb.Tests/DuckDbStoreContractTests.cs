using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>The store contract on an in-memory DuckDB store.</summary>
public sealed class DuckDbMemoryStoreContractTests : StoreContractTests
{
    protected override Task<IStore> CreateStoreAsync() => Task.FromResult<IStore>(DuckDbStore.Open(":memory:"));
}

/// <summary>The store contract on a DuckDB file.</summary>
public sealed class DuckDbFileStoreContractTests : StoreContractTests, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override Task<IStore> CreateStoreAsync() =>
        Task.FromResult<IStore>(DuckDbStore.Open(_dir.File($"store-{Guid.NewGuid():N}.duckdb")));

    public void Dispose() => _dir.Dispose();
}
