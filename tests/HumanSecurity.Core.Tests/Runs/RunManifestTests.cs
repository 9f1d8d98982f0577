using System.Text.Json.Nodes;
using HumanSecurity.Areas;
using HumanSecurity.Indices;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Core.Tests.Runs;

public sealed class RunManifestTests
{
    private static RunManifest Sample() => new()
    {
        Kind = "index",
        Engine = new EngineInfo("hso", "0.1.0", new string('c', 40)),
        Model = ModelIdentity.FromText("m", "m:2020", "2020", ModelIdentity.BuiltIn, "/lib/m-2020.yaml", "name: m\n"),
        Inputs = new RunInputs([new InputFile("weights", "/w.csv", new string('a', 64))],
            new StoreSnapshot(7, [new DatasetIdentity(3, "observations", "obs.csv", new string('b', 64)), new DatasetIdentity(1, "areas", "areas.csv", new string('d', 64))])),
        Options = new JsonObject { ["aggregate"] = "gmean", ["weights"] = new JsonObject { ["A"] = 0.25 }, ["screen"] = null },
        Nodes = [new NodeRecord("A", NodeRecord.Indicator, 1) { Parents = ["P"], Weight = 0.25, Direction = -1, Method = "minmax:0:100", Treat = "default", Treatment = "winsorised 2", Impute = "none" },
                 new NodeRecord("P", NodeRecord.Aggregate, 2) { Weight = 1, Method = "gmean", MissingData = "min_share:0.5" }],
        Periods = ["2024"],
        Seed = 42,
        Counts = new RunCounts { Units = 10, Indicators = 1, Nodes = 2, MissingCells = 3, ImputedCells = 2, TreatedCells = 2, SuppressedCells = 0, DroppedUnits = 1, ScoreRows = 20 },
        TimingsMs = new Dictionary<string, double> { ["normalise"] = 0.125 },
        CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Details = new JsonObject { ["screened_out"] = new JsonArray("u9") },
    };

    [Fact]
    public void Json_RoundTrip_KeepsEveryField()
    {
        var json = Sample().ToJson();
        var back = RunManifest.FromJson(json);
        Assert.Equal(json, back.ToJson());
        Assert.Equal(Sample().Engine, back.Engine);
        Assert.Equal(Sample().Model, back.Model);
        Assert.True(back.Model.HashMatchesText);
        Assert.Equal([1L, 3L], back.Inputs.Store!.DatasetIds);
        Assert.Equal(7, back.Inputs.Store.DataVersion);
        Assert.Equal("gmean", back.Options["aggregate"]!.GetValue<string>());
        Assert.Equal(Sample().Nodes.Select(n => (n with { Parents = [] }, string.Join(",", n.Parents))), back.Nodes.Select(n => (n with { Parents = [] }, string.Join(",", n.Parents))));
        Assert.Equal(Sample().Counts, back.Counts);
        Assert.Equal(42, back.Seed);
        Assert.Equal(Sample().CreatedAt, back.CreatedAt);
        Assert.Contains("\"data_version\": 7", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "run.json:")]
    [InlineData("{\"kind\": \"index\"}", "run.json")]
    [InlineData("[1, 2]", "run.json")]
    public void FromJson_NotAManifest_InvalidInputNamingTheSource(string json, string location)
    {
        var e = Assert.Throws<InvalidInputException>(() => RunManifest.FromJson(json));
        Assert.StartsWith(location, e.Problems[0].Location, StringComparison.Ordinal);
        Assert.Contains("not a run manifest", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_NewerFormat_SaysUpgrade()
    {
        var json = (Sample() with { Format = RunManifest.CurrentFormat + 1 }).ToJson();
        var e = Assert.Throws<InvalidInputException>(() => RunManifest.FromJson(json));
        Assert.Contains("upgrade hso", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexRunOptions_RoundTrip_EveryOverride()
    {
        var pipeline = new PipelineOptions
        {
            Normalise = NormaliseSpec.Parse("zscore:10:2"), Aggregate = AggregateSpec.Parse("genmean:2"),
            AggregateByLevel = new Dictionary<int, AggregateSpec> { [3] = AggregateSpec.Parse("gmean") },
            Weights = new Dictionary<string, double> { ["A"] = 0.1, ["B"] = 3 }, Treat = TreatSpec.Parse("winsorise:3"),
            Impute = ImputeSpec.Parse("group-mean:region"), Denominate = true, Screen = 0.5, KeepSteps = true,
        };
        var options = new IndexRunOptions(pipeline, new PeriodRange(2019, 2025), AreaKind.Admin2, 2025, 4);
        var back = IndexRunOptions.FromJson(JsonNode.Parse(options.ToJson().ToJsonString())!.AsObject());
        Assert.Equal(options.ToJson().ToJsonString(), back.ToJson().ToJsonString());
        Assert.Equal(pipeline.Weights, back.Pipeline.Weights);
        Assert.Equal(pipeline.AggregateByLevel, back.Pipeline.AggregateByLevel);
        Assert.Equal((pipeline.Normalise, pipeline.Aggregate, pipeline.Treat, pipeline.Impute, pipeline.Denominate, pipeline.Screen),
            (back.Pipeline.Normalise, back.Pipeline.Aggregate, back.Pipeline.Treat, back.Pipeline.Impute, back.Pipeline.Denominate, back.Pipeline.Screen));
        Assert.Equal((AreaKind.Admin2, 2025, 4), (back.Level!.Value, back.Year!.Value, back.LookBack!.Value));
        Assert.Equal(new PeriodRange(2019, 2025), back.Panel);
    }
}
