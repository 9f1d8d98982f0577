using HumanSecurity.Areas;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.CodAb;

public class CodAbTests
{
    private static readonly string[] CafAdmin1 = ["CF11", "CF12", "CF21", "CF22", "CF23", "CF31", "CF32", "CF41", "CF42", "CF43", "CF51", "CF52", "CF53", "CF61", "CF62", "CF63", "CF71"];

    [Fact]
    public void GeoJson_CafAdmin1_SeventeenPcodesWithGeometry()
    {
        var ds = CodAbReader.ReadGeoJson(Fixtures.Get("cod-ab", "caf_admin1.geojson"));
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal(CafAdmin1, ds.Units.Select(u => u.Pcode).Order(StringComparer.Ordinal));
        var mbomou = ds.Units.Single(u => u.Pcode == "CF62");
        Assert.Equal(("Mbomou", "CF", new DateOnly(2015, 6, 15), "201506"), (mbomou.Name, mbomou.ParentPcode, mbomou.ValidOn!.Value, mbomou.Version));
        Assert.Equal("Mbomou", mbomou.Names["fr"]);
        Assert.Contains("Polygon", mbomou.GeometryJson, StringComparison.Ordinal);
        var areas = CodAbAreas.ToAreas(ds.Units);
        Assert.Equal(18, areas.Count);
        var caf = areas.Single(a => a.Code == "CAF");
        Assert.Equal(("République centrafricaine", AreaKind.Country, (string?)null), (caf.Name, caf.Kind, caf.ParentCode));
        Assert.All(areas.Where(a => a.Kind == AreaKind.Admin1), a => Assert.Equal("CAF", a.ParentCode));
        Assert.DoesNotContain(AreaValidator.Validate(areas), p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void Gazetteer_CsvAndXlsx_AgreeOnAdmin1()
    {
        var csv = CodAbReader.ReadGazetteer(Fixtures.Get("cod-ab", "caf_admin1_gazetteer.csv"));
        Assert.Equal(CafAdmin1, csv.Units.Select(u => u.Pcode).Order(StringComparer.Ordinal));
        var xlsx = CodAbReader.ReadGazetteer(Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx"));
        var adm1 = xlsx.Units.Where(u => u.Level == 1).ToList();
        Assert.Equal(CafAdmin1, adm1.Select(u => u.Pcode).Order(StringComparer.Ordinal));
        Assert.All(adm1, u => Assert.Equal(new DateOnly(2015, 6, 15), u.ValidOn));
        Assert.Equal(csv.Units.Single(u => u.Pcode == "CF62").Name, adm1.Single(u => u.Pcode == "CF62").Name);
        Assert.Contains(xlsx.Units, u => u.Level == 3 && u.Pcode == "CF6111" && u.ParentPcode == "CF611");
    }

    [Fact]
    public void Gazetteer_RealAdmin4_DuplicatePcodesReported()
    {
        var xlsx = CodAbReader.ReadGazetteer(Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx"));
        Assert.Contains(xlsx.Problems.Items, p => p.Severity == ProblemSeverity.Error && p.Location.StartsWith("caf_cod_ab_gazetteer.xlsx!caf_admin4:", StringComparison.Ordinal)
            && p.Message.Contains("duplicate adm4 P-code", StringComparison.Ordinal));
    }

    [Fact]
    public void GeoJson_LegacyUpperCaseSchema_Read()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"ADM0_EN":"Uganda","ADM0_PCODE":"UG","ADM1_EN":"Central","ADM1_FR":"Centre","ADM1_PCODE":"UG1","validOn":"2020-01-31"},
              "geometry":{"type":"Polygon","coordinates":[[[30,0],[31,0],[31,1],[30,1],[30,0]]]}},
             {"type":"Feature","properties":{"ADM0_EN":"Uganda","ADM0_PCODE":"UG","ADM1_EN":"East","ADM1_PCODE":"UG.2"},"geometry":null}]}
            """;
        var ds = CodAbReader.ReadGeoJson(json, "ug.geojson");
        var central = ds.Units.Single(u => u.Pcode == "UG1");
        Assert.Equal(("Central", "Centre", "UG", new DateOnly(2020, 1, 31)), (central.Name, central.Names["fr"], central.ParentPcode, central.ValidOn!.Value));
        Assert.Contains(ds.Problems.Items, p => p.Severity == ProblemSeverity.Error && p.Location.StartsWith("ug.geojson features[1]", StringComparison.Ordinal) && p.Message.Contains("delimiter", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ParentPrefixAndWidth_Warn()
    {
        var units = new List<CodAbUnit>
        {
            new(2, "CF111", "a", "x:2") { Ancestors = [new(0, "CF", "c"), new(1, "CF11", "p")] },
            new(2, "CF1120", "b", "x:3") { Ancestors = [new(0, "CF", "c"), new(1, "CF11", "p")] },
            new(2, "CF121", "c", "x:4") { Ancestors = [new(0, "CF", "c"), new(1, "CF11", "p")] },
        };
        var problems = new ProblemList();
        CodAbValidator.Validate(units, problems);
        Assert.Contains(problems.Items, p => p.Location == "x:4" && p.Message.Contains("parent", StringComparison.Ordinal));
        Assert.Contains(problems.Items, p => p.Location == "x:3" && p.Message.Contains("characters", StringComparison.Ordinal));
    }
}
