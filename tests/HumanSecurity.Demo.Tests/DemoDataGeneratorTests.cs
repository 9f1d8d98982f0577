using System.Globalization;
using HumanSecurity.Indicators;
using HumanSecurity.Testing;

namespace HumanSecurity.Demo.Tests;

public sealed class DemoDataGeneratorTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void Generate_SameSeed_SameBytes()
    {
        using var other = new TempDirectory();
        DemoDataGenerator.Generate(other.Path);
        foreach (var file in DemoDataSummary.Files)
            Assert.True(File.ReadAllBytes(demo.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other.Path, file))), file);
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentBytes()
    {
        using var other = new TempDirectory();
        DemoDataGenerator.Generate(other.Path, seed: 7);
        foreach (var file in DemoDataSummary.Files.Where(f => f != DemoDataGenerator.IndicatorsFile))
            Assert.False(File.ReadAllBytes(demo.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other.Path, file))), file);
    }

    [Fact]
    public void Generate_Areas_CountsWithinRanges()
    {
        var areas = demo.Read(DemoDataGenerator.AreasFile).Where(r => r["period"] == "2024").ToList();
        var countries = areas.Where(a => a["kind"] == "country").ToList();
        Assert.Single(areas, a => a["kind"] == "region");
        Assert.Equal(3, countries.Count);
        foreach (var c in countries)
        {
            var admin1 = areas.Where(a => a["parent"] == c["code"]).ToList();
            Assert.InRange(admin1.Count, 5, 8);
            foreach (var a1 in admin1) Assert.InRange(areas.Count(a => a["parent"] == a1["code"]), 6, 12);
        }
        Assert.All(areas, a => Assert.True(double.Parse(a["population"], CultureInfo.InvariantCulture) > 0));
        Assert.Equal(11, demo.Read(DemoDataGenerator.AreasFile).Count(r => r["code"] == countries[0]["code"]));
    }

    [Fact]
    public void Generate_Indicators_CoverEveryClusterTypeAndImpact()
    {
        var rows = demo.Read(DemoDataGenerator.IndicatorsFile);
        Assert.InRange(rows.Count, 30, 50);
        var clusters = new HashSet<ThreatCluster>();
        InsecurityTypes types = default;
        Impacts impacts = default;
        foreach (var r in rows)
        {
            Assert.True(IndicatorVocabulary.TryParseCluster(r["cluster"], out var c), r["cluster"]);
            Assert.True(IndicatorVocabulary.TryParseTypes(r["types"], out var t), r["types"]);
            Assert.True(IndicatorVocabulary.TryParseImpacts(r["impacts"], out var i), r["impacts"]);
            clusters.Add(c);
            types |= t;
            impacts |= i;
        }
        Assert.Equal(Enum.GetValues<ThreatCluster>().Length, clusters.Count);
        Assert.Equal(Enum.GetValues<InsecurityTypes>().Aggregate((a, b) => a | b), types);
        Assert.Equal(Impacts.Survival | Impacts.Livelihood | Impacts.Dignity, impacts);
        Assert.Contains(rows, r => r["timeframe"] == "structural");
        Assert.Contains(rows, r => r["timeframe"] == "emerging");
    }

    [Fact]
    public void Generate_Observations_AnnualWithBreakdownsAndNotice()
    {
        var rows = demo.Read(DemoDataGenerator.ObservationsFile);
        Assert.All(rows, r => Assert.Equal(DemoDataGenerator.Notice, r["source"]));
        Assert.All(rows, r => Assert.True(double.TryParse(r["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v), r["value"]));
        Assert.Equal(Enumerable.Range(2015, 11).Select(y => y.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r["period"]).Distinct().Order());
        Assert.Contains(rows, r => r["sex"] == "F");
        Assert.Contains(rows, r => r["sex"] == "M");
        foreach (var g in new[] { "REF", "IDP", "HOST" }) Assert.Contains(rows, r => r["group"] == g);
        var areas = demo.Read(DemoDataGenerator.AreasFile).Select(a => a["code"]).ToHashSet();
        var indicators = demo.Read(DemoDataGenerator.IndicatorsFile).Select(a => a["code"]).ToHashSet();
        Assert.All(rows, r => Assert.True(areas.Contains(r["area"]) && indicators.Contains(r["indicator"]), r["area"] + " " + r["indicator"]));
    }

    [Fact]
    public void Generate_Observations_DroughtShockVisible()
    {
        var drought = demo.Read(DemoDataGenerator.ObservationsFile).Where(r => r["indicator"] == "CLM_DROUGHT_IDX" && r["area"] is "XBO").ToDictionary(r => r["period"], r => double.Parse(r["value"], CultureInfo.InvariantCulture));
        Assert.True(drought["2022"] > drought["2021"] + 2, $"2021 {drought["2021"]}, 2022 {drought["2022"]}");
    }

    [Fact]
    public void Generate_Events_MonthlyAtAdmin1()
    {
        var rows = demo.Read(DemoDataGenerator.EventsFile);
        Assert.Equal(36, rows.Select(r => r["period"]).Distinct().Count());
        Assert.Equal(["EVT_CONFLICT", "EVT_DISASTER_AFF", "EVT_DISEASE"], rows.Select(r => r["indicator"]).Distinct().Order());
        Assert.All(rows, r => Assert.Equal(4, r["area"].Length));
    }

    [Fact]
    public void Generate_Programmes_SeveralSdgsAndMostlyPrevention()
    {
        var rows = demo.Read(DemoDataGenerator.ProgrammesFile);
        Assert.InRange(rows.Count, 10, 14);
        Assert.True(rows.Count(r => r["prevention"] == "true") > rows.Count / 2);
        Assert.True(rows.Count(r => r["sdgs"].Split('|').Length >= 3) > rows.Count / 2);
    }
}
