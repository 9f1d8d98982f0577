using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Sdmx;

/// <summary>The data-message samples of the SDMX-JSON specification (repository sdmx-twg/sdmx-json): the three in the shared
/// fixtures and the three committed under TestData (see its README), each read with its observation count and keys.</summary>
public sealed class SdmxJsonSampleTests
{
    private static string Sample(string name) => Path.Combine(Fixtures.RepoRoot, "tests", "HumanSecurity.Formats.Tests", "Sdmx", "TestData", name);

    private static string Key(SdmxObservation o) =>
        string.Join(".", new[] { "FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX", "TIME_PERIOD" }.Select(d => o.Get(d) ?? "?"));

    private static readonly string[] ExrKeys =
    [
        "D.NZD.EUR.SP00.A.2013-01-18", "D.NZD.EUR.SP00.A.2013-01-21", "D.RUB.EUR.SP00.A.2013-01-18", "D.RUB.EUR.SP00.A.2013-01-21",
    ];

    // Seven data sets over one structure: series; flat with series and observation dimensions in the key; series keys
    // holding the data-set dimensions too; flat with every dimension; serieskeysonly (empty arrays); dataonly; nodata.
    [Fact]
    public void ConstructedSampleFull_SevenDataSets_EachReadWithItsKeys()
    {
        var ds = SdmxJsonReader.Read(Sample("constructed-sample-full.json"));
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal("json-2.0", ds.Version);
        Assert.Equal("ECB:EXR(1.0)", ds.Structure);
        Assert.Equal(28, ds.Observations.Count);
        for (var set = 0; set < 7; set++)
        {
            var inSet = ds.Observations.Where(o => o.Location.Contains($"dataSets[{set}]", StringComparison.Ordinal)).ToList();
            Assert.Equal(ExrKeys, inSet.Select(Key).Order(StringComparer.Ordinal));
        }
        var first = ds.Observations[0];
        Assert.Equal("1.5931", first.Get("OBS_VALUE"));
        Assert.Null(first.Get("OBS_STATUS")); // index 0 points at the null entry of OBS_STATUS's values: no value
        Assert.Equal("P1D", first.Get("TIME_FORMAT"));
        Assert.Equal(["Description value 1", "Description value 2"], first.Lists["DESCRIPTION"]);
        Assert.Equal("ID1", first.Get("ID"));
        Assert.Equal("NC", first.Get("UNIT_MEAS"));
        Assert.Equal("ID2", ds.Observations.First(o => o.Get("CURRENCY") == "RUB").Get("ID"));
        Assert.Equal("40.3", ds.Observations.Single(o => o.Location.Contains("dataSets[3]", StringComparison.Ordinal) && Key(o) == ExrKeys[3]).Get("OBS_VALUE"));
        Assert.All(ds.Observations.Where(o => o.Location.Contains("dataSets[4]", StringComparison.Ordinal)), o => Assert.Null(o.Get("OBS_VALUE")));
        Assert.Contains(ds.Problems.Items, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("extra values are ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void ExrCrossSection_TimeAtSeriesCurrencyAtObservation()
    {
        var ds = SdmxJsonReader.Read(Sample("exr-cross-section.json"));
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal(ExrKeys, ds.Observations.Select(Key).Order(StringComparer.Ordinal));
        var rub = ds.Observations.Single(o => Key(o) == ExrKeys[2]);
        Assert.Equal("40.3426", rub.Get("OBS_VALUE"));
        Assert.Equal("A", rub.Get("OBS_STATUS"));
        Assert.Equal("Russian rouble (RUB)", rub.Get("TITLE"));
        Assert.All(ds.Observations, o => Assert.Equal("M", o.Action));
    }

    // The sample's observation arrays give OBS_STATUS the index 1 although OBS_STATUS has one value (its attributes are
    // declared TITLE, OBS_STATUS; the arrays read as if OBS_STATUS came first): read as the field guide says, with the
    // located error, rather than guessed.
    [Fact]
    public void ExrActionDelete_ReplaceThenDelete_KeysAndActions_AttributeIndexErrorLocated()
    {
        var ds = SdmxJsonReader.Read(Sample("exr-action-delete.json"));
        Assert.Equal(3, ds.Observations.Count);
        Assert.Equal(["R", "R", "D"], ds.Observations.Select(o => o.Action));
        Assert.Equal(["D.RUB.EUR.SP00.A.2013-01-18", "D.RUB.EUR.SP00.A.2013-01-21", "D.NZD.EUR.SP00.A.2013-01-18"], ds.Observations.Select(Key));
        Assert.Null(ds.Observations[2].Get("OBS_VALUE"));
        var errors = ds.Problems.Items.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("attribute OBS_STATUS: 1 is not an index into its 1 values", e.Message, StringComparison.Ordinal));
        Assert.Contains("dataSets[0].series[\"0\"].observations[\"1\"]", errors[0].Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sdmx-json-2.0_agri.json", 12)]
    [InlineData("sdmx-json-2.0_exr-flat.json", 4)]
    [InlineData("sdmx-json-2.0_exr-time-series.json", 4)]
    public void SharedSamples_ObservationCounts(string name, int count)
    {
        var ds = SdmxJsonReader.Read(Fixtures.Get("sdmx", name));
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal(count, ds.Observations.Count);
        Assert.Equal(ds.Observations.Count, ds.Observations.Select(o => string.Join("|", o.Values.Where(v => ds.Components.Any(c => c.Id == v.Key && c.Role is SdmxRole.Dimension or SdmxRole.TimeDimension)).OrderBy(v => v.Key, StringComparer.Ordinal))).Distinct().Count());
    }

    // SDMX-JSON 1.0 layout (header, structure and dataSets at the top), as the older samples in the specification's
    // data-message folder still are: uncoded attribute values given by name, dataflow from the REST path of the link.
    [Fact]
    public void Json10Layout_CrossSection_Read()
    {
        const string json = """
            {"header":{"id":"x","prepared":"2012-11-29T08:40:26Z"},
             "structure":{"links":[{"href":"https://sdw-wsrest.ecb.europa.eu/service/dataflow/ECB/EXR/1.0","rel":"dataflow"}],
              "dimensions":{"dataSet":[{"id":"FREQ","keyPosition":0,"values":[{"id":"D"}]}],
                "series":[{"id":"TIME_PERIOD","values":[{"id":"2013-01-18"},{"id":"2013-01-21"}]}],
                "observation":[{"id":"CURRENCY","keyPosition":1,"values":[{"id":"NZD"},{"id":"RUB"}]}]},
              "attributes":{"dataSet":[],"series":[],"observation":[
                {"id":"TITLE","values":[{"name":"New Zealand dollar (NZD)"},{"name":"Russian rouble (RUB)"}]},
                {"id":"OBS_STATUS","values":[{"id":"A"}]}]}},
             "dataSets":[{"action":"Information","series":{
               "0":{"attributes":[],"observations":{"0":[1.5931,0,0],"1":[40.3426,1,0]}},
               "1":{"attributes":[],"observations":{"0":[1.5925,0,0],"1":[40.3,1,0]}}}}]}
            """;
        var ds = SdmxJsonReader.ReadText(json, "exr-1.0.json");
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal("json-1.0", ds.Version);
        Assert.Equal("ECB:EXR(1.0)", ds.Structure);
        Assert.Equal(4, ds.Observations.Count);
        var rub = ds.Observations.Single(o => o.Get("CURRENCY") == "RUB" && o.Get("TIME_PERIOD") == "2013-01-21");
        Assert.Equal(("40.3", "Russian rouble (RUB)", "A"), (rub.Get("OBS_VALUE"), rub.Get("TITLE"), rub.Get("OBS_STATUS")));
    }

    // generated-sample.json (not committed, see the README) is generated from the schema with random content: keys such as
    // "72:10" index dimensions with two or three values. Each such key is a located error; the message is not taken as data.
    [Fact]
    public void GeneratedStyleMessage_RandomIndexes_LocatedErrors()
    {
        const string json = """
            {"data":{"structures":[{"dimensions":{"series":[{"id":"o","values":[{"id":"Rk"},{"id":"4"}]}],
               "observation":[{"id":"B","values":[{"id":"4"},{"value":-21537902.7}]}]}}],
             "dataSets":[{"structure":0,"action":"Delete","series":{"72:10":{"observations":{"31":[null,2075588]}}}},
                         {"structure":0,"action":"Information","series":{"1":{"observations":{"8":[29083297,4039392.2]}}}}]}}
            """;
        var ds = SdmxJsonReader.ReadText(json, "generated.json");
        Assert.Empty(ds.Observations);
        Assert.Equal(2, ds.Problems.ErrorCount);
        Assert.Contains(ds.Problems.Items, p => p.Location == "generated.json dataSets[0].series[\"72:10\"]" && p.Message.Contains("2 position(s); expected 1", StringComparison.Ordinal));
        Assert.Contains(ds.Problems.Items, p => p.Location.EndsWith("series[\"1\"].observations[\"8\"]", StringComparison.Ordinal) && p.Message.Contains("values of B", StringComparison.Ordinal));
    }
}
