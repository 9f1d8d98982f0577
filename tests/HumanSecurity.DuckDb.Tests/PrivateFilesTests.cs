using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>Issue 10: the store file and its .wal hold survey microdata and are created readable by their owner only
/// (0600; they were 0644); the process umask is restored afterwards. The umask is process-wide and other tests' store
/// calls narrow it while they run, so this class runs alone (its own non-parallel collection).</summary>
[Collection(nameof(ProcessUmask))]
public sealed class PrivateFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task NewStoreAndWal_Mode0600_UmaskRestored()
    {
        var control = _dir.File("before.txt");
        await File.WriteAllTextAsync(control, "x", Ct);
        var path = _dir.File("s.duckdb");
        var walModes = new List<UnixFileMode>();
        await using (var store = DuckDbStore.Open(path))
        {
            await using var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas), Ct);
            await session.AddAreasAsync(StoreTestData.Areas, Ct);
            await session.AppendObservationsAsync(StoreTestData.Observations(), Ct);
            await session.CommitAsync(Ct);
            if (File.Exists(path + ".wal")) walModes.Add(File.GetUnixFileMode(path + ".wal"));
        }
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(owner, File.GetUnixFileMode(path));
        Assert.All(walModes, m => Assert.Equal(owner, m));
        var after = _dir.File("after.txt");
        await File.WriteAllTextAsync(after, "x", Ct);
        Assert.Equal(File.GetUnixFileMode(control), File.GetUnixFileMode(after));
    }
}

/// <summary>Tests that read the process umask run with no other test of the assembly at the same time.</summary>
[CollectionDefinition(nameof(ProcessUmask), DisableParallelization = true)]
public sealed class ProcessUmask;
