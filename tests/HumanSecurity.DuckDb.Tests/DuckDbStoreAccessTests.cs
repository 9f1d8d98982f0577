using HumanSecurity.Access;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>Access control in the DuckDB store (migration 5): the access contract on an in-memory store, and tokens kept
/// in the file.</summary>
public sealed class DuckDbStoreAccessTests : AccessStoreContractTests, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override Task<IStore> CreateStoreAsync() => Task.FromResult<IStore>(DuckDbStore.Open(":memory:"));

    [Fact]
    public async Task Tokens_SurviveReopeningTheFile()
    {
        var path = _dir.File("tokens.duckdb");
        await using (var store = DuckDbStore.Open(path))
            await store.CreateTokenAsync("viewer-1", Role.Viewer, new string('f', 64), "cli:test", Ct);
        await using var reopened = DuckDbStore.Open(path);
        var token = Assert.Single(await reopened.GetTokensAsync(Ct));
        Assert.Equal(("viewer-1", Role.Viewer, new string('f', 64), "cli:test"), (token.Name, token.Role, token.Sha256, token.CreatedBy));
    }

    public void Dispose() => _dir.Dispose();
}
