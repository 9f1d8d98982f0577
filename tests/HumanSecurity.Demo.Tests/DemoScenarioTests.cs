using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace HumanSecurity.Demo.Tests;

/// <summary>The story in the numbers: shocks, aggregation and spatial correlation are really in the files.</summary>
public sealed class DemoScenarioTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    private readonly DemoScenario _scenario = new(DemoGeography.Generate(DemoDataGenerator.DefaultSeed), DemoDataGenerator.DefaultSeed);

    [Fact]
    public void Observations_ConflictFlareUp_DeathsRiseInConflictProvinces()
    {
        var deaths = Totals("CNF_FATALITIES");
        foreach (var a1 in _scenario.ConflictAdmin1)
            Assert.True(deaths[(a1, "2024")] > 3 * deaths[(a1, "2022")], $"{a1}: 2022 {deaths[(a1, "2022")]}, 2024 {deaths[(a1, "2024")]}");
    }

    [Fact]
    public void Observations_Epidemic_CasesPeakIn2020()
    {
        var cases = Totals("HLT_EPI_CASES");
        foreach (var country in DemoGeography.Countries.Select(c => c.Code))
            Assert.True(cases[(country, "2020")] > 4 * cases[(country, "2018")], country);
    }

    [Fact]
    public void Observations_CountryValue_IsPopulationWeightedMeanOfAdmin2()
    {
        var values = Totals("POV_HC");
        var population = demo.Read(DemoDataGenerator.AreasFile).Where(r => r["period"] == "2019")
            .ToDictionary(r => r["code"], r => double.Parse(r["population"], CultureInfo.InvariantCulture));
        var checkedCountries = 0;
        foreach (var country in _scenario.Geography.OfKind(Areas.AreaKind.Country))
        {
            var admin2 = country.Children.SelectMany(a => a.Children).Where(a => values.ContainsKey((a.Code, "2019"))).ToList();
            if (admin2.Count < country.Children.Sum(a => a.Children.Count)) continue;
            checkedCountries++;
            var expected = admin2.Sum(a => values[(a.Code, "2019")] * population[a.Code]) / admin2.Sum(a => population[a.Code]);
            Assert.InRange(values[(country.Code, "2019")], expected - 0.1, expected + 0.1);
        }
        Assert.True(checkedCountries > 0, "no country had a complete set of admin-2 values in 2019");
    }

    [Fact]
    public void Events_Escalation_VisibleInLastQuarter()
    {
        var province = _scenario.ConflictAdmin1.Order(StringComparer.Ordinal).Last();
        var events = demo.Read(DemoDataGenerator.EventsFile).Where(r => r["indicator"] == DemoCatalogue.ConflictEvents && r["area"] == province)
            .ToDictionary(r => r["period"], r => double.Parse(r["value"], CultureInfo.InvariantCulture));
        var before = Enumerable.Range(1, 9).Average(m => events[$"2025-{m:D2}"]);
        Assert.True(events["2025-12"] > 2.5 * before, $"Jan–Sep mean {before}, Dec {events["2025-12"]}");
    }

    [Fact]
    public void Observations_PovertyAtAdmin2_SpatiallyCorrelated()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(demo.PathOf("boundaries_adm2.geojson")), options)!.ToList();
        var values = Totals("POV_HC");
        var x = features.Select(f => values[((string)f.Attributes["adm2_pcode"], "2024")]).ToArray();
        var mean = x.Average();
        double num = 0, weights = 0;
        for (var i = 0; i < features.Count; i++)
        {
            for (var j = 0; j < features.Count; j++)
            {
                if (i == j || features[i].Geometry.Distance(features[j].Geometry) > 1e-6) continue;
                num += (x[i] - mean) * (x[j] - mean);
                weights++;
            }
        }
        var moranI = features.Count / weights * num / x.Sum(v => (v - mean) * (v - mean));
        Assert.True(moranI > 0.3, $"Moran's I = {moranI:F3}");
    }

    private Dictionary<(string Area, string Period), double> Totals(string indicator) =>
        demo.Read(DemoDataGenerator.ObservationsFile).Where(r => r["indicator"] == indicator && r["sex"] == "_T" && r["group"] == "_T")
            .ToDictionary(r => (r["area"], r["period"]), r => double.Parse(r["value"], CultureInfo.InvariantCulture));
}
