using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Exchange;

public class ExchangeImporterTests : ImportTestBase
{
    private const string Hxl = "Region,Year,Flood,PIN girls\n#adm1+code,#date,#indicator+x_flood,#inneed+f+children\nXA01,2024,12.5,30\nXA02,2024,,40\n";

    private Task<ImportResult> ImportFileAsync(string format, string path, string? mapping = null, bool dryRun = false) =>
        DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(path) { MappingPath = mapping, DryRun = dryRun }, Store, null, Ct);

    private async Task<List<Observation>> ObservationsAsync()
    {
        var list = new List<Observation>();
        await foreach (var c in Store.GetObservationsAsync(ObservationQuery.All with { TotalsOnly = false }, Ct)) list.AddRange(c.Rows());
        return list;
    }

    [Fact]
    public async Task Hxl_WideForm_ImportsAndCreatesIndicators()
    {
        var result = await ImportAsync("hxl", "pin.csv", Hxl);
        Assert.Equal(3, result.RowCounts["observations"]);
        Assert.Contains(await ObservationsAsync(), o => o.Indicator == "x_flood" && o.Area == "XA01" && o.Value == 12.5);
        Assert.Contains(result.Warnings, w => w.Message.Contains("indicator 'inneed'", StringComparison.Ordinal));
        var girls = (await ObservationsAsync()).Single(o => o.Area == "XA02");
        Assert.Equal(("inneed", "F", "Y0T17", 40.0), (girls.Indicator, girls.Disaggregation.Sex, girls.Disaggregation.Age, girls.Value));
        Assert.Contains(await Store.GetIndicatorsAsync(Ct), i => i.Code == "inneed");
    }

    [Fact]
    public async Task Hxl_MappingFile_LongFormAndDryRun()
    {
        var mapping = Write("m.yaml", "indicator: '#indicator+code'\nvalue: '#value'\n");
        var path = Write("long.csv", "#adm1+code,#date,#indicator+code,#value\nXA01,2024-Q1,FLOOD,3\nXA02,2024-Q1,LIT,4\n");
        var dry = await ImportFileAsync("hxl", path, mapping, dryRun: true);
        Assert.True(dry.DryRun);
        Assert.Empty(await ObservationsAsync());
        await ImportFileAsync("hxl", path, mapping);
        Assert.Equal(2, (await ObservationsAsync()).Count);
    }

    [Fact]
    public async Task Hxl_UnknownAreaAndBadNumber_NothingWritten()
    {
        var errors = await FailAsync("hxl", "bad.csv", "#adm1+code,#date,#affected\nXA01,2024,5\nZZ99,2024,3\nXA02,2024,lots\n");
        Assert.Contains(errors, e => e.Location == "bad.csv:3:#affected" && e.Message.Contains("'ZZ99' is not in the store", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == "bad.csv:4:#affected");
    }

    [Fact]
    public async Task SdmxJson_Crosswalk_Imports()
    {
        var mapping = Write("x.yaml", "areas:\n  ASIKHM001: XA01\n  ASIKHM002: XA02\n  ASIKHM: XA\n");
        var result = await ImportFileAsync("sdmx-json", Fixtures.Get("sdmx", "sdmx-json-2.0_agri.json"), mapping);
        Assert.Equal(12, result.RowCounts["observations"]);
        var o = (await ObservationsAsync()).Single(x => x.Area == "XA01" && x.Period == Period.FromYear(2014));
        Assert.Equal(350154, o.Value, 6);
    }

    [Fact]
    public async Task SdmxJson_UnknownAreas_StoreUnchanged()
    {
        var before = await Store.GetSummaryAsync(Ct);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportFileAsync("sdmx-json", Fixtures.Get("sdmx", "sdmx-json-2.0_agri.json")));
        Assert.Contains(e.Problems, p => p.Message.Contains("'ASIKHM001' is not in the store", StringComparison.Ordinal));
        Assert.Equal(before.Datasets, (await Store.GetSummaryAsync(Ct)).Datasets);
    }

    [Fact]
    public async Task SdmxCsv_Unicef_ImportsAfterAreas()
    {
        await ImportAsync("areas", "c.csv", "code,name,kind,parent\nBRA,Brazil,country,\nUSA,United States,country,");
        var result = await ImportFileAsync("sdmx-csv", Fixtures.Get("sdmx", "unicef_CME_MRY0T4_USA_BRA_2020.csv"));
        Assert.Equal(6, result.RowCounts["observations"]);
        Assert.Equal("Deaths per 1,000 live births", (await Store.GetIndicatorsAsync(Ct)).Single(i => i.Code == "CME_MRY0T4").Unit);
    }

    /// <summary>BIS data gives the area in a reporting-country dimension (DER_REP_CTY), not REF_AREA.</summary>
    [Fact]
    public async Task SdmxCsv_AreaDimensionFromMapping()
    {
        var path = Fixtures.Get("sdmx", "pysdmx_sdmx10_data_v1.csv");
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => ImportFileAsync("sdmx-csv", path));
        Assert.Contains(refused.Problems, p => p.Message.Contains("name the dimension that holds it with 'area_dimension'", StringComparison.Ordinal));
        var mapping = Write("bis.yaml", "area_dimension: DER_REP_CTY\nareas: { '5J': XA }\n");
        var result = await ImportFileAsync("sdmx-csv", path, mapping);
        Assert.True(result.RowCounts["observations"] > 0);
        Assert.All(await ObservationsAsync(), o => Assert.Equal("XA", o.Area));
        Assert.DoesNotContain(await Store.GetIndicatorsAsync(Ct), i => i.Code.Contains(".5J", StringComparison.Ordinal));
    }

    private static string LargeSdmxCsv(int rows, string? lastValue = null)
    {
        var sb = new System.Text.StringBuilder("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n");
        for (var i = 0; i < rows; i++)
        {
            var value = i == rows - 1 && lastValue is not null ? lastValue : (i % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"HSO:TEST(1.0),{(i % 2 == 0 ? "XA01" : "XA02")},IND{i / 2 % 100},{new DateOnly(2000, 1, 1).AddDays(i / 200):yyyy-MM-dd},{value}\n");
        }
        return sb.ToString();
    }

    [Fact]
    public async Task SdmxCsv_MoreRowsThanAChunk_StreamedIntoOneImport()
    {
        var result = await ImportAsync("sdmx-csv", "big.csv", LargeSdmxCsv(150_000));
        Assert.Equal((150_000L, 150_000L), (result.RowCounts["rows"], result.RowCounts["observations"]));
        Assert.Equal(150_000, (await Store.GetSummaryAsync(Ct)).Observations);
    }

    [Fact]
    public async Task SdmxCsv_BadValueOnTheLastOfManyRows_LocatedAndNothingWritten()
    {
        var before = await Store.GetSummaryAsync(Ct);
        var errors = await FailAsync("sdmx-csv", "bad-big.csv", LargeSdmxCsv(150_000, lastValue: "lots"));
        Assert.Contains(errors, e => e.Location == "bad-big.csv:150001 OBS_VALUE" && e.Message == "'lots' is not a number");
        Assert.Equal(before.Observations, (await Store.GetSummaryAsync(Ct)).Observations);
        Assert.Equal(before.Datasets, (await Store.GetSummaryAsync(Ct)).Datasets);
    }

    [Fact]
    public async Task GeoJson_CafAdmin1_AreasAndGeometries()
    {
        var result = await ImportFileAsync("geojson", Fixtures.Get("cod-ab", "caf_admin1.geojson"));
        Assert.Equal((18L, 17L), (result.RowCounts["areas"], result.RowCounts["geometries"]));
        var areas = await Store.GetAreasAsync(Ct);
        Assert.Equal(17, areas.Count(a => a.ParentCode == "CAF"));
        Assert.Equal(17, (await Store.GetGeometriesAsync(Ct)).Count);
        var gaz = await ImportFileAsync("cod-ab-gazetteer", Fixtures.Get("cod-ab", "caf_admin1_gazetteer.csv"));
        Assert.Equal(17, gaz.RowCounts["areas"]);
    }

    [Fact]
    public async Task Iati_Annotated_ImportsProgramme()
    {
        await ImportFileAsync("iati", Fixtures.Get("iati", "iati-2.03_activity-standard-example-annotated.xml"));
        var p = Assert.Single(await Store.GetProgrammesAsync(Ct));
        Assert.Equal("AA-AAA-123456789-ABC123", p.Id);
        var placeholder = await Assert.ThrowsAsync<InvalidInputException>(() => ImportFileAsync("iati", Fixtures.Get("iati", "iati-schemas_only-required-elements-exist.xml")));
        Assert.Contains(placeholder.Problems, e => e.Message.Contains("programme needs an identifier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Iati_RecipientCountryTwoLetters_MatchedToTheStoresAlpha3Area()
    {
        await ImportAsync("areas", "c.csv", "code,name,kind,parent\nAFG,Afghanistan,country,\nKH-PNH,Phnom Penh,admin1,");
        var result = await ImportFileAsync("iati", Fixtures.Get("iati", "iati-2.03_activity-standard-example-annotated.xml"));
        var p = Assert.Single(await Store.GetProgrammesAsync(Ct));
        Assert.Contains("AFG", p.Areas);
        Assert.DoesNotContain("AF", p.Areas);
        Assert.Contains("KH-PNH", p.Areas); // a location code, not a country: kept as given
        Assert.Contains("AG", p.Areas); // Antigua and Barbuda: not in the store either way, kept as given
        Assert.Contains(result.Warnings, w => w.Message == "recipient country 'AF' is area 'AFG' in the store (ISO 3166-1 alpha-2 to alpha-3)");
    }

    [Fact]
    public void Iati_ExportOfAlpha3Country_WritesTheRecipientCountryInAlpha2()
    {
        var activity = HumanSecurity.Formats.Iati.IatiProgrammes.ToActivity(new HumanSecurity.Programmes.Programme("XX-1", "Water") { Start = new DateOnly(2024, 1, 1), Areas = ["CAF", "CF11", "TD"] });
        Assert.Equal(["CF", "TD"], activity.RecipientCountries.Select(c => c.Code));
        Assert.Equal(["CF11"], activity.Locations.Select(l => l.Ref));
        Assert.Equal(250, CountryCodes.Count);
        Assert.True(CountryCodes.TryIso3("cf", out var iso3) && iso3 == "CAF");
        Assert.True(CountryCodes.TryIso2("caf", out var iso2) && iso2 == "CF");
        Assert.False(CountryCodes.TryIso3("XX", out _));
    }

    [Fact]
    public async Task Hxl_MutatedFiles_NeverPartiallyImported()
    {
        var random = new Random(7);
        var original = Hxl + "XA01,2025,1,2\nXA02,2025,3,4\n";
        for (var i = 0; i < 300; i++)
        {
            var chars = original.ToCharArray();
            for (var k = 0; k < 3; k++) chars[random.Next(chars.Length)] = ",\n#+X9.a"[random.Next(7)];
            var before = await Store.GetSummaryAsync(Ct);
            try
            {
                await ImportAsync("hxl", "m.csv", new string(chars));
            }
            catch (InvalidInputException)
            {
                var after = await Store.GetSummaryAsync(Ct);
                Assert.Equal((before.Datasets, before.Observations, before.Indicators), (after.Datasets, after.Observations, after.Indicators));
            }
        }
    }
}
