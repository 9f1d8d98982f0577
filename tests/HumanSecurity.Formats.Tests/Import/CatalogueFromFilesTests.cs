using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Indicators;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Import;

/// <summary>Indicators created from a data file take their label, unit and (where the file or its mapping says so)
/// direction from it; without a direction the located warning says higher-is-worse was assumed.</summary>
public sealed class CatalogueFromFilesTests : ImportTestBase
{
    private const string Unicef = "unicef_CME_MRY0T4_USA_BRA_2020.csv";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync("areas", "c.csv", "code,name,kind,parent\nBRA,Brazil,country,\nUSA,United States,country,");
    }

    private Task<ImportResult> ImportFileAsync(string format, string path, string? mapping = null) =>
        DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(path) { MappingPath = mapping }, Store, null, Ct);

    private async Task<Indicator> IndicatorAsync(string code) => (await Store.GetIndicatorsAsync(Ct)).Single(i => i.Code == code);

    [Fact]
    public async Task UnicefSdmx_LabelAndUnitFromTheFile_DirectionAssumedAndSaid()
    {
        var result = await ImportFileAsync("sdmx-csv", Fixtures.Get("sdmx", Unicef));
        var u5mr = await IndicatorAsync("CME_MRY0T4");
        Assert.Equal(("Under-five mortality rate", "Deaths per 1,000 live births", Direction.HigherIsWorse), (u5mr.Name, u5mr.Unit, u5mr.Direction));
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("'CME_MRY0T4'", StringComparison.Ordinal));
        Assert.Equal($"{Unicef}:2", warning.Location);
        Assert.Equal("indicator 'CME_MRY0T4' is not in the catalogue; created as 'Under-five mortality rate', unit 'Deaths per 1,000 live births', "
            + "direction not given by the file: higher_is_worse assumed (declare it in the catalogue, or in the mapping file's 'indicators' section)", warning.Message);
    }

    [Fact]
    public async Task SdmxMapping_DeclaresDirectionAndName()
    {
        var mapping = Write("m.yaml", "indicators:\n  CME_MRY0T4: { name: U5MR, direction: higher_is_better }\n");
        var result = await ImportFileAsync("sdmx-csv", Fixtures.Get("sdmx", Unicef), mapping);
        var u5mr = await IndicatorAsync("CME_MRY0T4");
        Assert.Equal(("U5MR", "Deaths per 1,000 live births", Direction.HigherIsBetter), (u5mr.Name, u5mr.Unit, u5mr.Direction));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("assumed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SdmxMapping_BadDirection_LocatedErrorNothingWritten()
    {
        var mapping = Write("m.yaml", "indicators:\n  CME_MRY0T4: { direction: up }\n");
        var before = await Store.GetSummaryAsync(Ct);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportFileAsync("sdmx-csv", Fixtures.Get("sdmx", Unicef), mapping));
        Assert.Contains(e.Problems, p => p.Location == "m.yaml indicators.CME_MRY0T4.direction" && p.Message.StartsWith("'up' is not a direction", StringComparison.Ordinal));
        Assert.Equal(before.Indicators, (await Store.GetSummaryAsync(Ct)).Indicators);
    }

    [Fact]
    public async Task SdmxCsv20_LabelColumns_NameTheIndicatorParts()
    {
        await ImportAsync("areas", "a.csv", "code,name,kind,parent\nAFG,Afghanistan,country,");
        var path = Write("labels.csv", "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,Indicator,AGE_GROUP,Age group,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,HSO:TEST(1.0),I,AFG,STUNT,Stunting prevalence,Y0T4,Under 5 years,2020,38.2\n");
        await ImportFileAsync("sdmx-csv", path);
        Assert.Equal("Stunting prevalence, Under 5 years", (await IndicatorAsync("STUNT.Y0T4")).Name);
    }

    [Fact]
    public async Task HxlWide_HeaderLabelsAnUndisaggregatedColumn()
    {
        var result = await ImportAsync("hxl", "pin.csv", "Region,Year,Flood exposure,PIN girls\n#adm1+code,#date,#indicator+x_flood,#inneed+f+children\nXA01,2024,12.5,30\n");
        Assert.Equal("Flood exposure", (await IndicatorAsync("x_flood")).Name);
        Assert.Equal("inneed", (await IndicatorAsync("inneed")).Name); // "PIN girls" names a slice, not the indicator
        Assert.Contains(result.Warnings, w => w.Location == "pin.csv:3:#inneed+f+children" && w.Message.Contains("(the file gives no label)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HxlLong_IndicatorNameColumnAndMappingDirection()
    {
        var mapping = Write("m.yaml", "indicators:\n  WASH_ACC: { unit: '% of households', direction: higher_is_better }\n");
        var path = Write("long.csv", "#adm1+code,#date,#indicator+code,#indicator+name,#value\nXA01,2024,WASH_ACC,Access to safe water,61\nXA02,2024,WASH_ACC,,55\n");
        await ImportFileAsync("hxl", path, mapping);
        var wash = await IndicatorAsync("WASH_ACC");
        Assert.Equal(("Access to safe water", "% of households", Direction.HigherIsBetter), (wash.Name, wash.Unit, wash.Direction));
    }
}
