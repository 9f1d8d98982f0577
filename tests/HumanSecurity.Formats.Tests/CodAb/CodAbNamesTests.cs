using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.CodAb;

/// <summary>Names by language and validity dates carried from COD-AB layers and gazetteers into areas. The CAF fixture
/// (new schema) has one language (<c>lang</c> = fr; <c>adm1_name1..3</c> and <c>lang1..3</c> are all empty, so no Sango
/// names), a romanised <c>adm1_ref</c>, <c>valid_on</c> 2015-06-15 and no <c>valid_to</c>.</summary>
public class CodAbNamesTests
{
    private static readonly DateOnly CafValidOn = new(2015, 6, 15);

    private static void AssertCafAdmin1(IReadOnlyList<Area> areas)
    {
        var adm1 = areas.Where(a => a.Kind == AreaKind.Admin1).ToList();
        Assert.Equal(17, adm1.Count);
        Assert.All(adm1, a =>
        {
            Assert.Equal(a.Name, a.AlternateNames["fr"]);
            Assert.Equal(["fr", "ref"], a.AlternateNames.Keys.Order(StringComparer.Ordinal));
            Assert.Equal((CafValidOn, (DateOnly?)null), (a.ValidFrom!.Value, a.ValidTo));
        });
        var ouhamPende = adm1.Single(a => a.Code == "CF31");
        Assert.Equal(("Ouham Pendé", "Ouham Pende"), (ouhamPende.AlternateNames["fr"], ouhamPende.AlternateNames["ref"]));
        var ombella = adm1.Single(a => a.Code == "CF11");
        Assert.Equal(("Ombella M'Poko", "Ombella MPoko"), (ombella.AlternateNames["fr"], ombella.AlternateNames["ref"]));
        Assert.Equal("République centrafricaine", areas.Single(a => a.Code == "CAF").AlternateNames["fr"]);
    }

    [Fact]
    public void GeoJson_CafAdmin1_FrenchAndReferenceNamesAndValidity()
    {
        var ds = CodAbReader.ReadGeoJson(Fixtures.Get("cod-ab", "caf_admin1.geojson"));
        var areas = CodAbAreas.ToAreas(ds.Units);
        AssertCafAdmin1(areas);
        Assert.Null(areas.Single(a => a.Code == "CAF").ValidFrom);
    }

    [Fact]
    public void GeoJson_CafAdmin0_EnglishReferenceNameAndValidity()
    {
        var caf = Assert.Single(CodAbAreas.ToAreas(CodAbReader.ReadGeoJson(Fixtures.Get("cod-ab", "caf_admin0.geojson")).Units));
        Assert.Equal(("République centrafricaine", "Central African Republic", CafValidOn), (caf.AlternateNames["fr"], caf.AlternateNames["ref"], caf.ValidFrom!.Value));
    }

    [Theory]
    [InlineData("caf_admin1_gazetteer.csv")]
    [InlineData("caf_cod_ab_gazetteer.xlsx")]
    public void Gazetteer_CafAdmin1_FrenchAndReferenceNamesAndValidity(string file)
    {
        var ds = CodAbReader.ReadGazetteer(Fixtures.Get("cod-ab", file));
        AssertCafAdmin1(CodAbAreas.ToAreas(ds.Units.Where(u => u.Level <= 1).ToList()));
    }

    [Fact]
    public async Task Import_CafAdmin1GeoJson_StoreKeepsNamesAndValidity()
    {
        using var dir = new TempDirectory();
        await using var store = DuckDbStore.Open(dir.File("s.duckdb"));
        var importer = DatasetImporters.Find("geojson")!;
        await importer.ImportAsync(new ImportRequest(Fixtures.Get("cod-ab", "caf_admin1.geojson")), store, null, TestContext.Current.CancellationToken);
        AssertCafAdmin1(await store.GetAreasAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void GeoJson_LegacyLanguageColumnsAndDates_Carried()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"ADM0_FR":"République centrafricaine","ADM0_PCODE":"CF","ADM1_FR":"Bangui","ADM1_SG":"Bangî","ADM1_PCODE":"CF71",
              "validOn":"2015-06-15","validTo":"2023-01-01"},"geometry":null}]}
            """;
        var bangui = CodAbAreas.ToAreas(CodAbReader.ReadGeoJson(json, "legacy.geojson").Units).Single(a => a.Code == "CF71");
        Assert.Equal(("Bangui", "Bangî"), (bangui.AlternateNames["fr"], bangui.AlternateNames["sg"]));
        Assert.Equal((CafValidOn, new DateOnly(2023, 1, 1)), (bangui.ValidFrom!.Value, bangui.ValidTo!.Value));
    }

    [Fact]
    public void GeoJson_NewSchemaAlternateLanguages_KeyedByLangColumns()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"adm0_name":"République centrafricaine","adm0_name1":"Ködörösêse tî Bêafrîka","adm0_pcode":"CF",
              "adm1_name":"Bangui","adm1_name1":"Bangî","adm1_pcode":"CF71","lang":"fr","lang1":"sg","valid_on":"2015-06-15"},"geometry":null}]}
            """;
        var areas = CodAbAreas.ToAreas(CodAbReader.ReadGeoJson(json, "new.geojson").Units);
        Assert.Equal("Bangî", areas.Single(a => a.Code == "CF71").AlternateNames["sg"]);
        Assert.Equal("Ködörösêse tî Bêafrîka", areas.Single(a => a.Code == "CF").AlternateNames["sg"]);
    }

    [Fact]
    public void GeoJson_BadValidOn_LocatedError()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"adm0_pcode":"CF","adm1_name":"Bangui","adm1_pcode":"CF71","valid_on":"2015-15-06"},"geometry":null}]}
            """;
        var ds = CodAbReader.ReadGeoJson(json, "bad.geojson");
        Assert.Contains(ds.Problems.Items, p => p.Severity == ProblemSeverity.Error && p.Location == "bad.geojson features[0] valid_on"
            && p.Message.Contains("'2015-15-06' is not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Gazetteer_ValidToBeforeValidOn_LocatedError()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("g.csv", "adm0_pcode,adm1_pcode,adm1_name,valid_on,valid_to\nCF,CF71,Bangui,2015-06-15,2014-01-01\n");
        var ds = CodAbReader.ReadGazetteer(path);
        Assert.Contains(ds.Problems.Items, p => p.Severity == ProblemSeverity.Error && p.Location == "g.csv:2 valid_to"
            && p.Message.Contains("is before valid_on 2015-06-15", StringComparison.Ordinal));
    }
}
