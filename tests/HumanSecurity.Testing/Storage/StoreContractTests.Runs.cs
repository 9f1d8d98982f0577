using System.Text.Json.Nodes;
using HumanSecurity.Observations;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Testing.Storage;

/// <summary>Run manifests, the run → dataset links, deleting runs, and snapshot reads (observations of given datasets).</summary>
public abstract partial class StoreContractTests
{
    private static RunManifest Manifest(params long[] datasets) => new()
    {
        Kind = "index",
        Engine = EngineInfo.Current,
        Model = ModelIdentity.FromText("m", "m", null, ModelIdentity.BuiltIn, null, "name: m\n"),
        Inputs = new RunInputs([], new StoreSnapshot(datasets.DefaultIfEmpty().Max(), [.. datasets.Select(d => new DatasetIdentity(d, "observations", "obs.csv", new string('a', 64)))])),
        Options = new JsonObject { ["level"] = "admin1" },
        CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    [Fact]
    public async Task Runs_Manifest_SavedReadBackAndLinkedToItsDatasets()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var manifest = Manifest(1, 3);
        var saved = await store.SaveRunAsync(RunRecorder.ToRecord(manifest), [new("XA01", "P", 2, "2024", 1.5, 1, null)], Ct);
        var other = await store.SaveRunAsync(RunRecorder.ToRecord(Manifest(2)), [], Ct);
        var back = await store.GetRunAsync(saved.Id, Ct);
        Assert.NotNull(back);
        Assert.Equal(manifest.ToJson(), RunManifest.FromJson(back.ManifestJson!).ToJson());
        Assert.Equal("{\"level\":\"admin1\"}", back.ParametersJson);
        Assert.Null((await store.GetRunsAsync(Ct)).Single(r => r.Id == saved.Id).ManifestJson);
        Assert.Equal([saved.Id], (await store.GetRunsReadingAsync(3, Ct)).Select(r => r.Id));
        Assert.Equal([other.Id], (await store.GetRunsReadingAsync(2, Ct)).Select(r => r.Id));
        Assert.Empty(await store.GetRunsReadingAsync(99, Ct));
        Assert.Null(await store.GetRunAsync(99, Ct));
    }

    [Fact]
    public async Task Runs_Delete_RemovesRunScoresAndLinksOnly()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var first = await store.SaveRunAsync(RunRecorder.ToRecord(Manifest(3)), [new("XA01", "P", 2, "2024", 1.5, 1, null)], Ct);
        var second = await store.SaveRunAsync(RunRecorder.ToRecord(Manifest(3)), [new("XA02", "P", 2, "2024", 2.5, 1, null)], Ct);
        Assert.True(await store.DeleteRunAsync(first.Id, Ct));
        Assert.False(await store.DeleteRunAsync(first.Id, Ct));
        Assert.Null(await store.GetRunAsync(first.Id, Ct));
        Assert.Empty(await store.GetScoresAsync(first.Id, Ct));
        Assert.Equal([second.Id], (await store.GetRunsReadingAsync(3, Ct)).Select(r => r.Id));
        Assert.Single(await store.GetScoresAsync(second.Id, Ct));
        Assert.Equal(3, (await store.GetDatasetsAsync(Ct)).Count);
    }

    [Fact]
    public async Task Runs_ManifestThatIsNotOne_Rejected()
    {
        await using var store = await CreateStoreAsync();
        var bad = new RunRecord(0, "index", "m", "h", 0, DateTimeOffset.UnixEpoch) { ManifestJson = "{\"not\": \"a manifest\"}" };
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveRunAsync(bad, [], Ct));
        Assert.Empty(await store.GetRunsAsync(Ct));
    }

    [Fact]
    public async Task Observations_RestrictedToDatasets_ReadOnlyThose()
    {
        await using var store = await CreateStoreAsync();
        await SeedAsync(store);
        var later = new ObservationChunk(1);
        later.Add("FLOOD", "XA01", Period.FromYear(2025), Disaggregation.Total, 99);
        var newer = await ImportAsync(store, DatasetKind.Observations, s => s.AppendObservationsAsync(later, Ct), "obs2025.csv");
        var all = await ReadAllAsync(store, new ObservationQuery { Indicators = ["FLOOD"] });
        var snapshot = await ReadAllAsync(store, new ObservationQuery { Indicators = ["FLOOD"], Datasets = [1, 2, 3] });
        Assert.Equal(5, all.Count);
        Assert.Equal(4, snapshot.Count);
        Assert.DoesNotContain(snapshot, o => o.Value == 99);
        Assert.Empty(await ReadAllAsync(store, new ObservationQuery { Datasets = [] }));
        Assert.Equal([1L, 2L, 3L, newer.Id], await store.GetSourceDatasetsAsync(new ObservationQuery { Indicators = ["FLOOD"] }, Ct));
        Assert.Equal([1L, 2L, 3L], await store.GetSourceDatasetsAsync(new ObservationQuery { Indicators = ["FLOOD"], Datasets = [1, 2, 3] }, Ct));
        Assert.Equal([1L, 2L], await store.GetSourceDatasetsAsync(new ObservationQuery { Indicators = ["NOPE"] }, Ct));
    }
}
