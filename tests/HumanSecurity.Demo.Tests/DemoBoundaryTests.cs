using System.Text.Json;
using HumanSecurity.Formats.CodAb;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace HumanSecurity.Demo.Tests;

public sealed class DemoBoundaryTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Boundaries_Level_ValidAndNonOverlapping(int level)
    {
        var features = Read(level);
        Assert.All(features, f => Assert.True(f.Geometry.IsValid, (string)f.Attributes[$"adm{level}_pcode"]));
        for (var i = 0; i < features.Count; i++)
        {
            for (var j = i + 1; j < features.Count; j++)
            {
                var (a, b) = (features[i].Geometry, features[j].Geometry);
                if (!a.EnvelopeInternal.Intersects(b.EnvelopeInternal)) continue;
                Assert.True(a.Intersection(b).Area < Sliver(a), $"{features[i].Attributes[$"adm{level}_pcode"]} overlaps {features[j].Attributes[$"adm{level}_pcode"]}");
            }
        }
    }

    [Fact]
    public void Boundaries_Admin2_TileTheirAdmin1()
    {
        var admin1 = Read(1).ToDictionary(f => (string)f.Attributes["adm1_pcode"], f => f.Geometry);
        foreach (var group in Read(2).GroupBy(f => (string)f.Attributes["adm1_pcode"]))
        {
            var parent = admin1[group.Key];
            var childArea = group.Sum(f => f.Geometry.Area);
            Assert.InRange(childArea / parent.Area, 0.999999, 1.000001);
            Assert.All(group, f => Assert.True(f.Geometry.Difference(parent).Area < Sliver(f.Geometry), (string)f.Attributes["adm2_pcode"]));
        }
    }

    [Fact]
    public void Boundaries_Properties_CodAbSchemaWithNote()
    {
        var f = Read(2)[0];
        foreach (var name in new[] { "adm0_pcode", "adm0_name", "adm1_pcode", "adm1_name", "adm2_pcode", "adm2_name", "iso3", "valid_on" })
            Assert.True(f.Attributes.Exists(name), name);
        Assert.StartsWith((string)f.Attributes["adm1_pcode"], (string)f.Attributes["adm2_pcode"], StringComparison.Ordinal);
        Assert.Contains("synthetic demo data", (string)f.Attributes["note"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "country")]
    [InlineData(1, "admin1")]
    [InlineData(2, "admin2")]
    public void Boundaries_CodAbReader_ReadsWithoutErrorsAndCodesMatchGazetteer(int level, string kind)
    {
        var dataset = CodAbReader.ReadGeoJson(demo.PathOf($"boundaries_adm{level}.geojson"));
        Assert.False(dataset.Problems.HasErrors, string.Join("\n", dataset.Problems.Items));
        var gazetteer = demo.Read(DemoDataGenerator.AreasFile).Where(r => r["kind"] == kind && r["period"] == "2024")
            .ToDictionary(r => r["code"], r => r["name"]);
        Assert.Equal(gazetteer.Keys.Order(), dataset.Units.Select(CodAbAreas.CodeOf).Order());
        Assert.All(dataset.Units, u => Assert.Equal(gazetteer[CodAbAreas.CodeOf(u)], u.Name));
    }

    /// <summary>Coordinates are rounded to 1e-6 degrees, so shared edges may differ by a sliver at most one grid step
    /// wide along the boundary; anything larger is a real overlap.</summary>
    private static double Sliver(NetTopologySuite.Geometries.Geometry g) => 1e-6 * g.Length;

    private List<IFeature> Read(int level)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var json = File.ReadAllText(demo.PathOf($"boundaries_adm{level}.geojson"));
        return [.. JsonSerializer.Deserialize<FeatureCollection>(json, options)!];
    }
}
