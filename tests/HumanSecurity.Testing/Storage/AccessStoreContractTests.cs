using HumanSecurity.Access;
using HumanSecurity.Storage;

namespace HumanSecurity.Testing.Storage;

/// <summary>The access control every store that keeps it (<see cref="IAccessStore"/>) must have: hashed tokens, the audit
/// log, restricted datasets. A backend's test class supplies <see cref="CreateStoreAsync"/> (a fresh, empty store).</summary>
public abstract class AccessStoreContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<IStore> CreateStoreAsync();

    [Fact]
    public async Task Tokens_CreateListRevoke_KeepOnlyHashesAndFirstRevocation()
    {
        await using var owner = await CreateStoreAsync();
        var store = (IStore)owner;
        var access = (IAccessStore)owner;
        var secret = ApiTokenSecret.Generate();
        var v0 = access.AccessVersion;
        var a = await access.CreateTokenAsync("ci", Role.Analyst, ApiTokenSecret.HashHex(secret), "cli:test", Ct);
        var b = await access.CreateTokenAsync("boss", Role.Admin, ApiTokenSecret.HashHex(ApiTokenSecret.Generate()), "cli:test", Ct);
        Assert.Equal((1L, 2L), (a.Id, b.Id));
        Assert.True(access.AccessVersion > v0);
        Assert.Equal([a, b], await access.GetTokensAsync(Ct));
        Assert.DoesNotContain(secret, a.ToString(), StringComparison.Ordinal);
        var revoked = await access.RevokeTokenAsync(1, Ct);
        Assert.NotNull(revoked?.RevokedAt);
        var again = await access.RevokeTokenAsync(1, Ct);
        Assert.Equal(revoked.RevokedAt, again?.RevokedAt);
        Assert.Null(await access.RevokeTokenAsync(99, Ct));
        Assert.Equal([false, true], (await access.GetTokensAsync(Ct)).Select(t => t.IsActive));
    }

    [Fact]
    public async Task Audit_AppendThenComplete_ListedNewestFirst()
    {
        await using var owner = await CreateStoreAsync();
        var store = (IStore)owner;
        var access = (IAccessStore)owner;
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var first = await access.AppendAuditAsync(new AuditEntry(0, at, "token:1 (ci)", "dataset.access", "PUT /api/datasets/1/access", AuditEntry.Pending)
            { Role = Role.Admin, Remote = "127.0.0.1" }, Ct);
        var second = await access.AppendAuditAsync(new AuditEntry(0, at.AddSeconds(1), "cli:test", "token.create", "token 1", AuditEntry.Ok), Ct);
        await access.CompleteAuditAsync(first, AuditEntry.Ok, 200, "restricted", Ct);
        var log = await access.GetAuditAsync(10, Ct);
        Assert.Equal([second, first], log.Select(e => e.Id));
        Assert.Equal(new AuditEntry(first, at, "token:1 (ci)", "dataset.access", "PUT /api/datasets/1/access", AuditEntry.Ok)
            { Role = Role.Admin, Remote = "127.0.0.1", Status = 200, Detail = "restricted" }, log[1]);
        Assert.Single(await access.GetAuditAsync(1, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => access.CompleteAuditAsync(99, AuditEntry.Ok, 200, null, Ct));
    }

    [Fact]
    public async Task DatasetAccess_Restricted_HiddenFromPublicQueriesAndVersionGrows()
    {
        await using var owner = await CreateStoreAsync();
        var store = (IStore)owner;
        var access = (IAccessStore)owner;
        await SeedAsync(store);
        var version = store.DataVersion;
        var marked = await access.SetDatasetRestrictedAsync(3, true, Ct);
        Assert.True(marked!.Restricted);
        Assert.True(store.DataVersion > version);
        Assert.Equal([false, false, true], (await store.GetDatasetsAsync(Ct)).Select(d => d.Restricted));
        Assert.Empty(await ReadAsync(store, new ObservationQuery { PublicOnly = true }));
        Assert.Equal(0, await store.CountObservationsAsync(new ObservationQuery { PublicOnly = true }, Ct));
        Assert.Equal(5, (await ReadAsync(store, new ObservationQuery())).Count);
        Assert.False((await access.SetDatasetRestrictedAsync(3, false, Ct))!.Restricted);
        Assert.Equal(5, (await ReadAsync(store, new ObservationQuery { PublicOnly = true })).Count);
        Assert.Null(await access.SetDatasetRestrictedAsync(42, true, Ct));
    }

    [Fact]
    public async Task DatasetAccess_Survey_AlwaysRestricted()
    {
        await using var owner = await CreateStoreAsync();
        var store = (IStore)owner;
        var access = (IAccessStore)owner;
        await using (var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Survey, "survey.csv"), Ct))
        {
            await session.AddSurveyTableAsync("households", StoreTestData.Households(), Ct);
            await session.CommitAsync(Ct);
        }
        Assert.True(Assert.Single(await store.GetDatasetsAsync(Ct)).Restricted);
        Assert.True((await access.SetDatasetRestrictedAsync(1, false, Ct))!.Restricted);
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

}
