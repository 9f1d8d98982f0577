using System.Security.Cryptography;
using DuckDB.NET.Data;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>A failed import leaves the store file byte-for-byte as it was (issue 2, item 3).</summary>
public sealed class DuckDbStoreAtomicityTests : IDisposable
{
    private const int ChunkRows = 100_000;
    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static ObservationChunk BigChunk(int offset)
    {
        var c = new ObservationChunk(ChunkRows);
        for (var i = 0; i < ChunkRows; i++)
            c.Add("FLOOD", "XA01", Period.FromDay(new DateOnly(2000, 1, 1).AddDays((offset + i) % 9000)), Disaggregation.Total, offset + i);
        return c;
    }

    /// <summary>A chunk source that fails after <paramref name="failAfter"/> chunks, like a reader hitting a bad disk.</summary>
    private static async IAsyncEnumerable<ObservationChunk> FailingSource(int failAfter)
    {
        for (var n = 0; ; n++)
        {
            if (n == failAfter) throw new IOException("injected failure");
            await Task.Yield();
            yield return BigChunk(n * ChunkRows);
        }
    }

    private async Task<string> SeededFileAsync()
    {
        var path = _dir.File("store.duckdb");
        await using var store = DuckDbStore.Open(path);
        await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas), Ct);
        await session.AddAreasAsync(StoreTestData.Areas, Ct);
        await session.AddIndicatorsAsync(StoreTestData.Indicators, Ct);
        await session.AppendObservationsAsync(StoreTestData.Observations(), Ct);
        await session.CommitAsync(Ct);
        return path;
    }

    [Fact]
    public async Task FailureMidImport_FileBytesAndCountsUnchanged()
    {
        var path = await SeededFileAsync();
        var before = Hash(path);
        await using (var store = DuckDbStore.Open(path))
        {
            var countsBefore = await store.GetSummaryAsync(Ct);
            var failure = await Assert.ThrowsAsync<IOException>(async () =>
            {
                await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct);
                await foreach (var chunk in FailingSource(failAfter: 5)) await session.AppendObservationsAsync(chunk, Ct);
                await session.CommitAsync(Ct);
            });
            Assert.Equal("injected failure", failure.Message);
            var countsAfter = await store.GetSummaryAsync(Ct);
            Assert.Equal(countsBefore.AreasByKind, countsAfter.AreasByKind);
            Assert.Equal(countsBefore, countsAfter with { AreasByKind = countsBefore.AreasByKind });
            Assert.Equal(7, (await store.GetSummaryAsync(Ct)).Observations);
        }
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(path + ".wal"));
    }

    [Fact]
    public async Task CancelledImport_FileBytesUnchanged()
    {
        var path = await SeededFileAsync();
        var before = Hash(path);
        using var cts = new CancellationTokenSource();
        await using (var store = DuckDbStore.Open(path))
        {
            await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct);
            await session.AppendObservationsAsync(BigChunk(0), Ct);
            await session.AppendObservationsAsync(BigChunk(ChunkRows), Ct);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CommitAsync(cts.Token));
        }
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task CommittedImport_ChangesFileAndIsDurable()
    {
        var path = await SeededFileAsync();
        var before = Hash(path);
        await using (var store = DuckDbStore.Open(path))
        {
            await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct);
            await session.AppendObservationsAsync(BigChunk(0), Ct);
            await session.CommitAsync(Ct);
        }
        Assert.NotEqual(before, Hash(path));
        await using var reopened = DuckDbStore.Open(path);
        Assert.Equal(7 + ChunkRows, (await reopened.GetSummaryAsync(Ct)).Observations);
    }

    /// <summary>A failure inside the commit statement (here: an area without a name, which the importers never
    /// stage) is rolled back by DuckDB: the store is logically unchanged and, for a small import, so are the bytes.</summary>
    [Fact]
    public async Task FailureInsideCommit_RolledBack()
    {
        var path = await SeededFileAsync();
        var before = Hash(path);
        await using (var store = DuckDbStore.Open(path))
        {
            await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas), Ct);
            await session.AppendObservationsAsync(StoreTestData.Observations(), Ct);
            await session.AddAreasAsync([StoreTestData.Areas[1] with { Name = null! }], Ct);
            await Assert.ThrowsAnyAsync<Exception>(() => session.CommitAsync(Ct));
            var summary = await store.GetSummaryAsync(Ct);
            Assert.Equal((1L, 3L, 7L), (summary.Datasets, summary.Areas, summary.Observations));
            Assert.Equal("North", (await store.GetAreasAsync(Ct))[1].Name);
        }
        Assert.Equal(before, Hash(path));
    }

    /// <summary>Documents why imports are staged: a plain DuckDB transaction rolled back after a large append leaves
    /// the file grown (optimistic writes), so rollback alone is not byte-for-byte.</summary>
    [Fact]
    public void PlainDuckDbRollback_AfterLargeAppend_ChangesFileBytes()
    {
        var path = _dir.File("plain.duckdb");
        using (var c = new DuckDBConnection($"Data Source={path}"))
        {
            c.Open();
            DuckDbStore.Execute(c, "CREATE TABLE t (a BIGINT, s VARCHAR, v DOUBLE)");
        }
        var before = Hash(path);
        using (var c = new DuckDBConnection($"Data Source={path}"))
        {
            c.Open();
            using var tx = c.BeginTransaction();
            using (var appender = c.CreateAppender("t"))
            {
                for (var i = 0; i < 1_000_000; i++) appender.CreateRow().AppendValue((long)i).AppendValue("code" + (i % 1000)).AppendValue(i * 0.5).EndRow();
            }
            tx.Rollback();
        }
        Assert.NotEqual(before, Hash(path));
    }

    public void Dispose() => _dir.Dispose();
}
