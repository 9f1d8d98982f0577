using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indicators;
using HumanSecurity.Indices;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Observations;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>Store mode across levels on a hand-checkable store: a country with two provinces (populations 300 and 100).</summary>
[Collection(IndexCliCollection.Name)]
public sealed class IndexRollUpTests
{
    private static async Task<DuckDbStore> StoreAsync(CancellationToken ct)
    {
        var store = DuckDbStore.Open(":memory:");
        await using var session = await store.BeginImportAsync(new DatasetInfo(DatasetKind.Observations, "t.csv", new string('a', 64)), ct);
        await session.AddAreasAsync(
        [
            new Area("XA", "Xandria", AreaKind.Country, null),
            new Area("XA01", "North", AreaKind.Admin1, "XA") { Populations = [new(Period.FromYear(2024), 300)] },
            new Area("XA02", "South", AreaKind.Admin1, "XA") { Populations = [new(Period.FromYear(2024), 100)] },
        ], ct);
        await session.AddIndicatorsAsync([new Indicator("FLOOD", "Flood", "%", Direction.HigherIsWorse) { Cluster = ThreatCluster.Climate }], ct);
        var chunk = new ObservationChunk(4);
        chunk.Add("FLOOD", "XA01", Period.FromYear(2024), Disaggregation.Total, 2);
        chunk.Add("FLOOD", "XA02", Period.FromYear(2023), Disaggregation.Total, 6);
        await session.AppendObservationsAsync(chunk, ct);
        await session.CommitAsync(ct);
        return store;
    }

    private static IndexModel Model(string rollUp) => ModelYamlReader.Read($$"""
        name: flood
        roll_up: {{rollUp}}
        defaults: { normalise: none }
        indicators:
          - { code: FLOOD, parent: P }
        nodes:
          - { code: P }
        """);

    /// <summary>Runs the model at the level and year through the one index runner and saves the run.</summary>
    private static async Task<(RunRecord Run, IReadOnlyList<ScoreRow> Rows, IndexRun Index)> RunAsync(IStore store, IndexModel model, AreaKind level, int year,
        CancellationToken ct)
    {
        var identity = ModelIdentity.FromText(model.Name, "flood.yaml", null, ModelIdentity.File, null, model.SourceText!);
        var result = await IndexRunner.RunAsync(new IndexRequest(model, identity, new IndexStoreSource(store, level) { Year = year }), ct);
        var saved = await RunRecorder.SaveAsync(store, result.Outputs, ct);
        return (saved[0], result.Outputs[0].Scores, result.Run);
    }

    [Fact]
    public async Task RollUpScores_CountryIsPopulationWeightedMeanOfProvinces()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(ct);
        var (run, rows, _) = await RunAsync(store, Model("scores"), AreaKind.Admin1, 2024, ct);
        Assert.Equal("2024", rows[0].Period);
        Assert.Equal((300 * 2 + 100 * 6) / 400.0, rows.Single(r => r.Unit == "XA" && r.Node == "P").Score, 12);
        Assert.Equal(1, rows.Single(r => r.Unit == "XA02" && r.Node == "P").Rank);
        Assert.Equal(1, rows.Single(r => r.Unit == "XA02" && r.Node == "P|data_age").Score, 12);
        Assert.Single(await store.GetRunsAsync(ct));
        Assert.Equal(rows.Count, (await store.GetScoresAsync(run.Id, ct)).Count);
    }

    [Fact]
    public async Task RollUpIndicators_CountryScoredFromProvinceValues()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(ct);
        var (_, rows, index) = await RunAsync(store, Model("indicators"), AreaKind.Country, 2024, ct);
        Assert.Equal(["XA"], index.Units);
        Assert.Equal(3, rows.Single(r => r.Unit == "XA" && r.Node == "FLOOD").Score, 12);
        Assert.Equal(1, rows.Single(r => r.Unit == "XA" && r.Node == "FLOOD|data_age").Score, 12);
    }

    [Fact]
    public async Task RollUpNone_CountryWithoutOwnDataIsMissing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(ct);
        var (_, rows, _) = await RunAsync(store, Model("none"), AreaKind.Country, 2024, ct);
        Assert.True(double.IsNaN(rows.Single(r => r.Unit == "XA" && r.Node == "P").Score));
        Assert.DoesNotContain(rows, r => r.Unit == "XA01");
    }

    [Fact]
    public void RollUp_BadValue_LocatedError()
    {
        var e = Assert.Throws<InvalidInputException>(() => Model("sideways"));
        Assert.Contains(e.Problems, p => p.Location == "model.yaml:2:roll_up" && p.Message.Contains("roll_up", StringComparison.Ordinal));
    }
}
