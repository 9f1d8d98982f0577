using HumanSecurity.Indicators;

namespace HumanSecurity.Formats.Tests.Csv;

public sealed class IndicatorCatalogueImporterTests : ImportTestBase
{
    private const string Header = "code,name,unit,direction,cluster,types,impacts,timeframe,sdg,source,frequency,licence,description";

    [Fact]
    public async Task CsvCatalogue_StoresEveryField()
    {
        var stored = (await Store.GetIndicatorsAsync(Ct)).Single(i => i.Code == "LIT");
        Assert.Equal(new Indicator("LIT", "Literacy", "%", Direction.HigherIsBetter)
        {
            Cluster = ThreatCluster.Poverty, Types = InsecurityTypes.Economic | InsecurityTypes.Community, Impacts = Impacts.Dignity,
            Timeframe = Timeframe.Structural, SdgTarget = "4.6", Source = "Synthetic", UpdateFrequency = "annual", Licence = "CC-BY-4.0",
        }, stored);
    }

    [Fact]
    public Task Csv_BadDirection_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,up,,,,,,,,,", "i.csv:2:direction", "'up' is not a direction");

    [Fact]
    public Task Csv_BadCluster_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,1,weather,,,,,,,,", "i.csv:2:cluster", "'weather' is not a threat cluster");

    [Fact]
    public Task Csv_BadTypes_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,1,,food|fun,,,,,,,", "i.csv:2:types", "'food|fun' is not a list of insecurity types");

    [Fact]
    public Task Csv_BadImpacts_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,1,,,comfort,,,,,,", "i.csv:2:impacts", "'comfort' is not a list of impacts");

    [Fact]
    public Task Csv_BadTimeframe_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,1,,,,soon,,,,,", "i.csv:2:timeframe", "'soon' is not a timeframe");

    [Fact]
    public Task Csv_BadFrequency_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,1,,,,,,,hourly,,", "i.csv:2:frequency", "'hourly' is not an update frequency");

    [Fact]
    public Task Csv_EmptyUnit_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,,1,,,,,,,,,", "i.csv:2:unit", "unit is empty");

    [Fact]
    public Task Csv_DuplicateCode_LocatedError() => AssertSingleErrorAsync("indicators", "i.csv",
        Header + "\nX1,X,%,1,,,,,,,,,\nX1,Y,%,1,,,,,,,,,", "i.csv:3:code", "duplicate indicator code 'X1' (first at i.csv:2:code)");

    [Fact]
    public async Task Yaml_Catalogue_ListsAndScalars()
    {
        const string yaml = """
            indicators:
              - code: RAIN
                name: Rainfall deficit
                unit: mm
                direction: higher_is_worse
                cluster: climate
                types: [food, environmental]
                impacts: survival|livelihood
                frequency: monthly
            """;
        var result = await ImportAsync("indicators-yaml", "cat.yaml", yaml);
        Assert.Equal(1, result.Rows);
        var rain = (await Store.GetIndicatorsAsync(Ct)).Single(i => i.Code == "RAIN");
        Assert.Equal((InsecurityTypes.Food | InsecurityTypes.Environmental, Impacts.Survival | Impacts.Livelihood, "monthly"),
            (rain.Types, rain.Impacts, rain.UpdateFrequency));
    }

    [Fact]
    public Task Yaml_UnknownKey_LocatedError() => AssertSingleErrorAsync("indicators-yaml", "cat.yaml",
        "- code: R\n  name: R\n  unit: mm\n  direction: 1\n  colour: blue", "cat.yaml:5:colour", "unknown key 'colour'");

    [Fact]
    public Task Yaml_BadDirection_LocatedAtItsLine() => AssertSingleErrorAsync("indicators-yaml", "cat.yaml",
        "- code: R\n  name: R\n  unit: mm\n  direction: sideways", "cat.yaml:4:direction", "'sideways' is not a direction");

    [Fact]
    public Task Yaml_Broken_LocatedError() => AssertSingleErrorAsync("indicators-yaml", "cat.yaml",
        "- code: R\n  name: [unclosed", "cat.yaml:3:1", "not valid YAML");

    [Fact]
    public Task Yaml_NotAList_LocatedError() => AssertSingleErrorAsync("indicators-yaml", "cat.yaml",
        "code: R", "cat.yaml:1", "expected a list of indicators");
}
