using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>Issue 10, defect 4: a full disk or a file system that turns read-only under the store is a
/// <see cref="StoreUnavailableException"/> (exit 3) with a clear message, never an internal error; the committed
/// datasets stay exactly as they were and the store works again once space is freed.</summary>
public sealed class StoreWriteFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TmpfsMount Mount(int megabytes) =>
        TmpfsMount.TryCreate(megabytes, out var reason) ?? throw new InvalidOperationException($"these tests need a tmpfs (run as root): {reason}");

    // Random values do not compress, so each import takes several MB of the store.
    private static ObservationChunk Chunk(int import, int part, Random random)
    {
        var c = new ObservationChunk(100_000);
        var indicator = StoreTestData.Indicators[import % StoreTestData.Indicators.Count].Code;
        var area = StoreTestData.Areas[import / StoreTestData.Indicators.Count % StoreTestData.Areas.Count].Code;
        for (var i = 0; i < 100_000; i++)
            c.Add(indicator, area, Period.FromDay(new DateOnly(1000, 1, 1).AddDays(part * 100_000 + i)), Disaggregation.Total, random.NextDouble());
        return c;
    }

    private static async Task ImportAsync(DuckDbStore store, int import, int chunks)
    {
        var random = new Random(import);
        await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations, $"o{import}.csv"), Ct);
        for (var part = 0; part < chunks; part++) await session.AppendObservationsAsync(Chunk(import, part, random), Ct);
        await session.CommitAsync(Ct);
    }

    private static (long Datasets, long Observations) Counts(StoreSummary s) => (s.Datasets, s.Observations);

    private static async Task<DuckDbStore> SeededAsync(string path)
    {
        var store = DuckDbStore.Open(path);
        await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas), Ct);
        await session.AddAreasAsync(StoreTestData.Areas, Ct);
        await session.AddIndicatorsAsync(StoreTestData.Indicators, Ct);
        await session.CommitAsync(Ct);
        return store;
    }

    [Fact]
    public async Task DiskFull_CommitIsStoreUnavailable_DatasetsUnchanged_ImportsAgainOnceFreed()
    {
        using var disk = Mount(12);
        var path = disk.File("s.duckdb");
        Exception? failure = null;
        var before = (0L, 0L);
        var sizeBefore = 0L;
        await using (var store = await SeededAsync(path))
        {
            for (var import = 1; failure is null && import < 10; import++)
            {
                before = Counts(await store.GetSummaryAsync(Ct));
                sizeBefore = new FileInfo(path).Length;
                failure = await Record.ExceptionAsync(() => ImportAsync(store, import, 6));
            }
            var unavailable = Assert.IsType<StoreUnavailableException>(failure);
            Assert.Contains("cannot be written: the disk is full", unavailable.Message, StringComparison.Ordinal);
        }
        // DuckDB invalidates the database after a failed write: a new open (as the next hso command does) sees the
        // last commit, even before any space is freed.
        await using (var store = DuckDbStore.Open(path)) Assert.Equal(before, Counts(await store.GetSummaryAsync(Ct)));
        // What DuckDB wrote before the disk filled is not given back (it invalidates the database, so the blocks are
        // never put on its free list): bounded by the size of the failed commit, documented in docs/store.md.
        Assert.InRange(new FileInfo(path).Length, sizeBefore, 12L << 20);
        disk.Remount("size=64m");
        await using (var store = DuckDbStore.Open(path))
        {
            Assert.Equal(before, Counts(await store.GetSummaryAsync(Ct)));
            await ImportAsync(store, 7, 6);
            Assert.Equal(before.Item1 + 1, (await store.GetSummaryAsync(Ct)).Datasets);
        }
    }

    [Fact]
    public async Task ReadOnlyFileSystem_OpenIsStoreUnavailable_FileUnchanged()
    {
        using var disk = Mount(64);
        var path = disk.File("s.duckdb");
        await (await SeededAsync(path)).DisposeAsync();
        var bytes = await File.ReadAllBytesAsync(path, Ct);
        disk.Remount("ro");
        try
        {
            var e = Assert.Throws<StoreUnavailableException>(() => DuckDbStore.Open(path));
            Assert.Contains("Read-only file system", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            disk.Remount("rw");
        }
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Ct));
    }

    [Theory]
    [InlineData("TransactionContext Error: Failed to commit: Cannot open file \"/x/s.duckdb.wal\": Permission denied", "permission denied")]
    [InlineData("Appending to table observation_rows failed: Failed to append: Could not write file \"/x/s.duckdb\": No space left on device", "the disk is full")]
    public void Classifier_RecognisesWhatDuckDbThrows(string message, string cause)
    {
        var e = new InvalidOperationException(message);
        Assert.True(StoreWriteFailure.Matches(e));
        Assert.Contains(cause, StoreWriteFailure.ToUnavailable("/x/s.duckdb", e).Message, StringComparison.Ordinal);
        Assert.False(StoreWriteFailure.Matches(new InvalidOperationException("Sequence contains no elements")));
    }
}
