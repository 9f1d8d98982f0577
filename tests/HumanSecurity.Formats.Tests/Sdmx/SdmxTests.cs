using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Observations;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Sdmx;

public class SdmxTests
{
    [Fact]
    public void Json_Agri_IndexDecodedExample()
    {
        var ds = SdmxJsonReader.Read(Fixtures.Get("sdmx", "sdmx-json-2.0_agri.json"));
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal("MA_545:MILLED_RICE(1.0)", ds.Structure);
        Assert.Equal(12, ds.Observations.Count);
        var first = ds.Observations.Single(o => o.Location.EndsWith("observations[\"0:0\"]", StringComparison.Ordinal));
        Assert.Equal("ASIKHM001", first.Get("REF_AREA"));
        Assert.Equal("2014", first.Get("TIME_PERIOD"));
        Assert.Equal("350.154", first.Get("OBS_VALUE"));
        Assert.Null(first.Get("OBS_STATUS"));
        Assert.Equal("2018-03-18T11:00:00", first.Get("EMBARGO_TIME"));
        Assert.Equal("A", first.Get("FREQ"));
        Assert.Equal("contact@organisation.org", first.Get("CONTACT_EMAIL"));
        Assert.Equal("MAFF_Agricultural Statistics_2014", first.Get("SOURCE"));
        Assert.Equal("en:Comment for Annual data for Banteay Meanchey", first.Lists["SERIES_COMMENT"][0]);
        var y2015 = ds.Observations.Single(o => o.Get("REF_AREA") == "ASIKHM" && o.Get("TIME_PERIOD") == "2015");
        Assert.Equal(["MAFF_Agricultural Statistics_2015", "Other sources"], y2015.Lists["SOURCE"]);
        var obs = SdmxObservationMapper.Map(ds, null, new ProblemList());
        var o = obs.Single(x => x.Area == "ASIKHM001" && x.Period == Period.FromYear(2014));
        Assert.Equal(350154, o.Value, 6);
        Assert.Equal("MILLED_RICE", o.Indicator);
    }

    [Theory]
    [InlineData("sdmx-json-2.0_exr-flat.json")]
    [InlineData("sdmx-json-2.0_exr-time-series.json")]
    public void Json_Exr_SeriesAndFlatDecodeAlike(string name)
    {
        var ds = SdmxJsonReader.Read(Fixtures.Get("sdmx", name));
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Contains(ds.Observations, o => o.Get("CURRENCY") == "NZD" && o.Get("TIME_PERIOD") == "2013-01-18" && o.Get("OBS_VALUE") == "1.5931" && o.Get("OBS_STATUS") == "A");
        Assert.All(ds.Observations, o => Assert.Equal("D", o.Get("FREQ")));
    }

    [Fact]
    public void Json_BadIndex_Located()
    {
        var json = File.ReadAllText(Fixtures.Get("sdmx", "sdmx-json-2.0_agri.json")).Replace("\"0:0\":[", "\"0:9\":[", StringComparison.Ordinal).Replace("\"0:0\": [", "\"0:9\": [", StringComparison.Ordinal);
        var ds = SdmxJsonReader.ReadText(json, "agri.json");
        Assert.Contains(ds.Problems.Items, p => p.Location.Contains("observations[\"0:9\"]", StringComparison.Ordinal) && p.Message.Contains("TIME_PERIOD", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv10_Bis_RealData()
    {
        var ds = SdmxCsvReader.Read(Fixtures.Get("sdmx", "pysdmx_sdmx10_data_v1.csv"));
        Assert.Equal("csv-1.0", ds.Version);
        Assert.Equal("BIS:BIS_DER(1.0)", ds.Structure);
        Assert.Equal(1000, ds.Observations.Count);
        Assert.Equal(20, ds.Components.Count);
        Assert.Equal("14206.490766", ds.Observations[2].Get("OBS_VALUE"));
        Assert.Null(ds.Observations[0].Get("OBS_VALUE"));
        Assert.Equal("M", ds.Observations[0].Get("OBS_STATUS"));
    }

    [Fact]
    public void Csv10_LabelsBoth_SplitsIds()
    {
        var ds = SdmxCsvReader.Read(Fixtures.Get("sdmx", "pysdmx_sdmx10_csv_labels_both.csv"));
        Assert.Equal("MD:MD_TEST(1.0)", ds.Structure);
        Assert.Equal(["DIM1", "DIM2", "ATT1", "ATT2", "OBS_VALUE", "TIME_PERIOD"], ds.Components.Select(c => c.Id));
        Assert.Equal("DIMENSION 1", ds.Components[0].Name);
        Assert.Equal("A", ds.Observations[0].Get("DIM1"));
        Assert.Equal("2020", ds.Observations[0].Get("TIME_PERIOD"));
    }

    [Fact]
    public void Csv20_MultiValuedAndLabelsName()
    {
        var ds = SdmxCsvReader.Read(Fixtures.Get("sdmx", "sdmx-csv-2.0_example-02.csv"));
        Assert.Equal("csv-2.0", ds.Version);
        Assert.Equal(["X", "Y"], ds.Observations[0].Lists["ATTR_1"]);
        Assert.Equal("Normal, special and other values", ds.Observations[0].Get("ATTR_3"));
        Assert.Equal(2, ds.Components.Count(c => c.Role == SdmxRole.Measure));
        var named = SdmxCsvReader.Read(Fixtures.Get("sdmx", "pysdmx_sdmx20_csv_labels_name.csv"));
        Assert.Equal(["DIM1", "DIM2", "ATT1", "ATT2", "OBS_VALUE", "TIME_PERIOD"], named.Components.Select(c => c.Id));
        Assert.Equal("MD:MD_TEST(1.0)", named.Structure);
    }

    [Fact]
    public void Csv20_PartialKeyRow_HasNoValue()
    {
        var ds = SdmxCsvReader.Read(Fixtures.Get("sdmx", "sdmx-csv-2.0_example-13.csv"));
        Assert.Equal(2, ds.Observations.Count);
        Assert.Equal("Y", ds.Observations[1].Get("ATTR_2"));
        Assert.Null(ds.Observations[1].Get("MEAS_1"));
    }

    [Fact]
    public void Csv21_MissingValuesAndBadAction()
    {
        var ds = SdmxCsvReader.ReadText("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,A:B(1.0),M,CF,2020,NaN\ndataflow,A:B(1.0),X,CF,2021,3\n", "x.csv");
        Assert.Null(ds.Observations[0].Get("OBS_VALUE"));
        Assert.Contains(ds.Problems.Items, p => p.Location == "x.csv:3:ACTION");
    }

    [Fact]
    public void Unicef_PlainCsv_MapsAreasSexAndBounds()
    {
        var ds = SdmxCsvReader.Read(Fixtures.Get("sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv"));
        var problems = new ProblemList();
        var obs = SdmxObservationMapper.Map(ds, null, problems);
        Assert.False(problems.HasErrors);
        Assert.Equal(6, obs.Count);
        var f = obs.Single(o => o.Area == "BRA" && o.Disaggregation.Sex == "F");
        Assert.Equal(("CME_MRY0T4", 13.1817699535802, "A"), (f.Indicator, f.Value, f.Status));
        Assert.Equal("Geographic area", ds.Components[0].Name);
    }

    [Fact]
    public void Mapper_UnitMultAndCrosswalk()
    {
        var ds = SdmxCsvReader.ReadText("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\nUN:SDG(1.0),4,2020-M03,2.5,3\n", "u.csv");
        var mapping = new SdmxMapping { Areas = new() { ["4"] = "AFG" } };
        var o = Assert.Single(SdmxObservationMapper.Map(ds, mapping, new ProblemList()));
        Assert.Equal(("AFG", 2500.0, Period.FromMonth(2020, 3)), (o.Area, o.Value, o.Period));
    }
    [Fact]
    public void Mapper_M49CountriesBecomeIso3()
    {
        var ds = SdmxCsvReader.ReadText("DATAFLOW,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE\nIAEG-SDGs:DF_SDG_GLH(1.0),SI_POV_DAY1,4,2020,1\nIAEG-SDGs:DF_SDG_GLH(1.0),SI_POV_DAY1,076,2020,2\nIAEG-SDGs:DF_SDG_GLH(1.0),SI_POV_DAY1,1,2020,3\n", "sdg.csv");
        Assert.Equal(["AFG", "BRA", "1"], SdmxObservationMapper.Map(ds, null, new ProblemList()).Select(o => o.Area));
        Assert.Equal(["4", "076", "1"], SdmxObservationMapper.Map(ds, new SdmxMapping { M49ToIso3 = false }, new ProblemList()).Select(o => o.Area));
        Assert.Equal(248, M49Crosswalk.Count);
        Assert.True(M49Crosswalk.TryM49("usa", out var m49) && m49 == "840");
    }
}
