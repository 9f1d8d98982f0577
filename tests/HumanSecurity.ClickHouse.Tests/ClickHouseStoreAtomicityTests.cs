using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.ClickHouse.Tests;

/// <summary>Atomicity without transactions (docs/store.md): rows of an import are invisible until its commit marker,
/// an abandoned import is removed from every shard, ids are never reused, and concurrent writers get distinct ids.</summary>
public sealed class ClickHouseStoreAtomicityTests(ClickHouseServers servers) : IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ObservationChunk Chunk(int offset, int rows = 50_000)
    {
        var c = new ObservationChunk(rows);
        for (var i = 0; i < rows; i++)
            c.Add("FLOOD", i % 2 == 0 ? "XA01" : "XA02", Period.FromDay(new DateOnly(1950, 1, 1).AddDays((offset + i) % 30_000)), Disaggregation.Total, offset + i);
        return c;
    }

    private static async Task<long> RawRowsAsync(ClickHouseStore store)
    {
        long total = 0;
        foreach (var node in store.Layout.Nodes)
            total += Http.TsvReader.Long((await node.QueryAsync($"SELECT count() FROM {store.Layout.Local(Schema.ClickHouseSchema.ObservationRows)}", Ct))[0][0]);
        return total;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FailureMidImport_NothingVisible_PartitionsDroppedOnEveryShard(bool sharded)
    {
        await using var store = await _stores.CreateAsync(sharded, Ct);
        await using (var seed = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct))
        {
            await seed.AppendObservationsAsync(StoreTestData.Observations(), Ct);
            await seed.CommitAsync(Ct);
        }
        var before = await store.GetSummaryAsync(Ct);
        var failure = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct);
            for (var n = 0; n < 12; n++) await session.AppendObservationsAsync(Chunk(n * 50_000), Ct);
            throw new IOException("injected failure after 600,000 rows");
        });
        Assert.StartsWith("injected", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before with { AreasByKind = null! }, (await store.GetSummaryAsync(Ct)) with { AreasByKind = null! });
        Assert.Equal(7, await RawRowsAsync(store));
        await using var next = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct);
        await next.AppendObservationsAsync(Chunk(0, 10), Ct);
        Assert.Equal(3, (await next.CommitAsync(Ct)).Id);
    }

    /// <summary>Rows a writer left behind (it died before its commit marker) are invisible, and become visible exactly when
    /// the marker row exists: the marker is the commit point.</summary>
    [Fact]
    public async Task RowsWithoutMarker_AreInvisible_UntilTheMarker()
    {
        await using var store = await _stores.CreateAsync(sharded: true, Ct);
        var rows = new Http.RowBinaryWriter();
        foreach (var area in (ulong[])[DictionaryId.Of("XA01"), DictionaryId.Of("XA02")])
        {
            rows.UInt64(77); rows.UInt64(DictionaryId.Of("FLOOD")); rows.UInt64(area); rows.Int32(0); rows.Int8(0);
            rows.UInt64(0); rows.Float64(1.5); rows.UInt64(0); rows.UInt64(0);
        }
        await store.Home.InsertAsync("observation_rows", "dataset_id, indicator_id, area_id, period_start, period_kind, disaggregation, value, status_id, source_id", rows, Ct);
        Assert.Equal(2, await RawRowsAsync(store));
        Assert.Equal(0, (await store.GetSummaryAsync(Ct)).Observations);
        Assert.Empty(await store.GetLatestValuesAsync(Ct));
        await foreach (var _ in store.GetObservationsAsync(ObservationQuery.All, Ct)) Assert.Fail("rows of an uncommitted dataset were read");

        var marker = new Http.RowBinaryWriter();
        marker.UInt64(77); marker.String("Observations"); marker.String("x.csv"); marker.String(new string('c', 64)); marker.NullableString(null);
        marker.Int64(0); marker.Int64(2);
        await store.Home.InsertAsync("datasets", "id, kind, source_file, sha256, name, imported_at, row_count", marker, Ct);
        Assert.Equal(2, (await store.GetSummaryAsync(Ct)).Observations);
    }

    [Fact]
    public async Task ConcurrentWriters_GetDistinctIds_AllVisible()
    {
        await using var first = await _stores.CreateAsync(sharded: false, Ct);
        await using var second = await ClickHouseStore.OpenAsync(first.Url, Ct);
        var imports = Enumerable.Range(0, 8).Select(async i =>
        {
            var store = i % 2 == 0 ? first : second;
            await using var s = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations, $"f{i}.csv"), Ct);
            await s.AppendObservationsAsync(Chunk(i * 100, 100), Ct);
            return (await s.CommitAsync(Ct)).Id;
        });
        var ids = await Task.WhenAll(imports);
        Assert.Equal(8, ids.Distinct().Count());
        Assert.Equal(800, (await second.GetSummaryAsync(Ct)).Observations);
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second)
            .SaveRunAsync(new RunRecord(0, "index", "m", "h", 1, DateTimeOffset.UtcNow), [new("XA01", "N", 1, null, i, 1, null)], Ct)));
        Assert.Equal(6, runs.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task ShardedStore_SpreadsObservationRowsOverBothShards()
    {
        await using var store = await _stores.CreateAsync(sharded: true, Ct);
        await using (var s = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct))
        {
            var c = new ObservationChunk(2000);
            for (var i = 0; i < 2000; i++) c.Add($"I{i % 40}", $"A{i / 40}", Period.FromYear(2020), Disaggregation.Total, i);
            await s.AppendObservationsAsync(c, Ct);
            await s.CommitAsync(Ct);
        }
        var local = store.Layout.Local(Schema.ClickHouseSchema.ObservationRows);
        var perShard = new List<long>();
        foreach (var node in store.Layout.Nodes) perShard.Add(Http.TsvReader.Long((await node.QueryAsync($"SELECT count() FROM {local}", Ct))[0][0]));
        Assert.Equal(2000, perShard.Sum());
        Assert.All(perShard, n => Assert.InRange(n, 600, 1400));
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
