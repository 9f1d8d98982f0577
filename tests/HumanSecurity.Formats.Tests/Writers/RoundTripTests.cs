using HumanSecurity.Areas;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Observations;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Writers;

public class RoundTripTests
{
    private static List<Observation> Sample() =>
    [
        new("pin", "CF11", Period.FromYear(2024), new Disaggregation("F", "Y0T17", "IDP", "_T", "R"), 12.5) { Status = "E", Source = "OCHA; HNO 2024" },
        new("pin", "CF12", Period.FromQuarter(2024, 2), Disaggregation.Total, 0.1 + 0.2),
        new("flood", "CF12", Period.FromDay(new DateOnly(2024, 3, 15)), Disaggregation.Total, -1e-9) { Status = "P" },
    ];

    [Fact]
    public void SdmxCsv_RoundTrip_LosesNothing()
    {
        var text = new StringWriter();
        SdmxWriter.WriteCsv(text, Sample());
        var ds = SdmxCsvReader.ReadText(text.ToString(), "o.csv");
        var problems = new ProblemList();
        Assert.Equal(Sample(), SdmxObservationMapper.Map(ds, null, problems));
        Assert.False(problems.HasErrors);
    }

    [Fact]
    public void SdmxJson_RoundTrip_LosesNothing()
    {
        var ds = SdmxJsonReader.ReadText(SdmxWriter.ToJson(Sample()), "o.json");
        Assert.False(ds.Problems.HasErrors, string.Join("\n", ds.Problems.Items));
        Assert.Equal(Sample(), SdmxObservationMapper.Map(ds, null, new ProblemList()));
    }

    [Fact]
    public void GeoJson_CafAdmin1_RoundTrip_SameAreasAndGeometries()
    {
        var ds = CodAbReader.ReadGeoJson(Fixtures.Get("cod-ab", "caf_admin1.geojson"));
        var areas = CodAbAreas.ToAreas(ds.Units);
        var geometries = ds.Units.ToDictionary(CodAbAreas.CodeOf, u => u.GeometryJson!);
        var scores = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["CF62"] = new Dictionary<string, double> { ["index"] = 6.2 } };
        var json = GeoJsonWriter.Write(areas, geometries, scores);
        Assert.Contains("\"score_index\":6.2", json, StringComparison.Ordinal);
        var back = CodAbReader.ReadGeoJson(json, "out.geojson");
        Assert.False(back.Problems.HasErrors, string.Join("\n", back.Problems.Items));
        Assert.Equal(areas.OrderBy(a => a.Code).Select(a => (a.Code, a.Name, a.Kind, a.ParentCode)),
            CodAbAreas.ToAreas(back.Units).OrderBy(a => a.Code).Select(a => (a.Code, a.Name, a.Kind, a.ParentCode)));
        Assert.Equal(geometries["CF62"], back.Units.Single(u => u.Pcode == "CF62").GeometryJson);
        Assert.Equal(areas.OrderBy(a => a.Code).Select(NamesAndValidity), CodAbAreas.ToAreas(back.Units).OrderBy(a => a.Code).Select(NamesAndValidity));
        Assert.Contains("\"lang\":\"fr\"", json, StringComparison.Ordinal);
        Assert.Contains("\"valid_on\":\"2015-06-15\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoJson_ManyLanguagesAndValidTo_RoundTrip()
    {
        var cf = new Area("CF", "République centrafricaine", AreaKind.Country, null)
        {
            AlternateNames = new Dictionary<string, string> { ["fr"] = "République centrafricaine", ["sg"] = "Ködörösêse tî Bêafrîka" },
        };
        var bangui = new Area("CF71", "Bangui", AreaKind.Admin1, "CF")
        {
            AlternateNames = new Dictionary<string, string> { ["fr"] = "Bangui", ["sg"] = "Bangî", ["en"] = "Bangui City", ["es"] = "Bangui (es)", ["pt"] = "Bangui (pt)", ["ref"] = "Bangui" },
            ValidFrom = new DateOnly(2015, 6, 15), ValidTo = new DateOnly(2023, 1, 1),
        };
        var json = GeoJsonWriter.Write([cf, bangui], new Dictionary<string, string>());
        var back = CodAbReader.ReadGeoJson(json, "out.geojson");
        Assert.False(back.Problems.HasErrors, string.Join("\n", back.Problems.Items));
        var areas = CodAbAreas.ToAreas(back.Units).OrderBy(a => a.Code).ToList();
        Assert.Equal(new[] { cf, bangui }.Select(NamesAndValidity), areas.Select(NamesAndValidity));
        Assert.Equal("Bangui", areas[1].Name);
    }

    private static string NamesAndValidity(Area a) =>
        $"{a.Code}|{a.Name}|{string.Join(";", a.AlternateNames.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}"))}|{a.ValidFrom}|{a.ValidTo}";
}
