using HumanSecurity.Access;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>Access control in the DuckDB store (migration 5): hashed tokens, the audit log, restricted datasets.</summary>
public sealed class DuckDbStoreAccessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tokens_CreateListRevoke_KeepOnlyHashesAndFirstRevocation()
    {
        await using var store = DuckDbStore.Open(":memory:");
        var secret = ApiTokenSecret.Generate();
        var v0 = store.AccessVersion;
        var a = await store.CreateTokenAsync("ci", Role.Analyst, ApiTokenSecret.HashHex(secret), "cli:test", Ct);
        var b = await store.CreateTokenAsync("boss", Role.Admin, ApiTokenSecret.HashHex(ApiTokenSecret.Generate()), "cli:test", Ct);
        Assert.Equal((1L, 2L), (a.Id, b.Id));
        Assert.True(store.AccessVersion > v0);
        Assert.Equal([a, b], await store.GetTokensAsync(Ct));
        Assert.DoesNotContain(secret, a.ToString(), StringComparison.Ordinal);
        var revoked = await store.RevokeTokenAsync(1, Ct);
        Assert.NotNull(revoked?.RevokedAt);
        var again = await store.RevokeTokenAsync(1, Ct);
        Assert.Equal(revoked.RevokedAt, again?.RevokedAt);
        Assert.Null(await store.RevokeTokenAsync(99, Ct));
        Assert.Equal([false, true], (await store.GetTokensAsync(Ct)).Select(t => t.IsActive));
    }

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

    [Fact]
    public async Task Audit_AppendThenComplete_ListedNewestFirst()
    {
        await using var store = DuckDbStore.Open(":memory:");
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var first = await store.AppendAuditAsync(new AuditEntry(0, at, "token:1 (ci)", "dataset.access", "PUT /api/datasets/1/access", AuditEntry.Pending)
            { Role = Role.Admin, Remote = "127.0.0.1" }, Ct);
        var second = await store.AppendAuditAsync(new AuditEntry(0, at.AddSeconds(1), "cli:test", "token.create", "token 1", AuditEntry.Ok), Ct);
        await store.CompleteAuditAsync(first, AuditEntry.Ok, 200, "restricted", Ct);
        var log = await store.GetAuditAsync(10, Ct);
        Assert.Equal([second, first], log.Select(e => e.Id));
        Assert.Equal(new AuditEntry(first, at, "token:1 (ci)", "dataset.access", "PUT /api/datasets/1/access", AuditEntry.Ok)
            { Role = Role.Admin, Remote = "127.0.0.1", Status = 200, Detail = "restricted" }, log[1]);
        Assert.Single(await store.GetAuditAsync(1, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CompleteAuditAsync(99, AuditEntry.Ok, 200, null, Ct));
    }

    [Fact]
    public async Task DatasetAccess_Restricted_HiddenFromPublicQueriesAndVersionGrows()
    {
        await using var store = DuckDbStore.Open(":memory:");
        await SeedAsync(store);
        var version = store.DataVersion;
        var marked = await store.SetDatasetRestrictedAsync(3, true, Ct);
        Assert.True(marked!.Restricted);
        Assert.True(store.DataVersion > version);
        Assert.Equal([false, false, true], (await store.GetDatasetsAsync(Ct)).Select(d => d.Restricted));
        Assert.Empty(await ReadAsync(store, new ObservationQuery { PublicOnly = true }));
        Assert.Equal(0, await store.CountObservationsAsync(new ObservationQuery { PublicOnly = true }, Ct));
        Assert.Equal(5, (await ReadAsync(store, new ObservationQuery())).Count);
        Assert.False((await store.SetDatasetRestrictedAsync(3, false, Ct))!.Restricted);
        Assert.Equal(5, (await ReadAsync(store, new ObservationQuery { PublicOnly = true })).Count);
        Assert.Null(await store.SetDatasetRestrictedAsync(42, true, Ct));
    }

    [Fact]
    public async Task DatasetAccess_Survey_AlwaysRestricted()
    {
        await using var store = DuckDbStore.Open(":memory:");
        await using (var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Survey, "survey.csv"), Ct))
        {
            await session.AddSurveyTableAsync("households", StoreTestData.Households(), Ct);
            await session.CommitAsync(Ct);
        }
        Assert.True(Assert.Single(await store.GetDatasetsAsync(Ct)).Restricted);
        Assert.True((await store.SetDatasetRestrictedAsync(1, false, Ct))!.Restricted);
    }

    private static async Task SeedAsync(IStore store)
    {
        foreach (var (kind, fill) in new (DatasetKind, Func<IImportSession, Task>)[]
        {
            (DatasetKind.Areas, s => s.AddAreasAsync(StoreTestData.Areas, Ct)),
            (DatasetKind.Indicators, s => s.AddIndicatorsAsync(StoreTestData.Indicators, Ct)),
            (DatasetKind.Observations, s => s.AppendObservationsAsync(StoreTestData.Observations(), Ct)),
        })
        {
            await using var session = await store.BeginImportAsync(StoreTestData.Info(kind), Ct);
            await fill(session);
            await session.CommitAsync(Ct);
        }
    }

    private static async Task<List<HumanSecurity.Observations.Observation>> ReadAsync(IStore store, ObservationQuery query)
    {
        var list = new List<HumanSecurity.Observations.Observation>();
        await foreach (var chunk in store.GetObservationsAsync(query, Ct)) list.AddRange(chunk.Rows());
        return list;
    }

    public void Dispose() => _dir.Dispose();
}
