using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Demo;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using nietras.SeparatedValues;

namespace HumanSecurity.Web.Tests;

/// <summary>Fills a <see cref="FakeStore"/> from a freshly generated demo data set (areas, indicators, observations),
/// read directly from the demo CSV files.</summary>
internal static class DemoStoreData
{
    public static FakeStore Create()
    {
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.Path);
        var store = new FakeStore();
        foreach (var r in Rows(dir.File(DemoDataGenerator.AreasFile)).Where(r => r["period"] == "2025"))
        {
            Assert.True(AreaKinds.TryParse(r["kind"], out var kind));
            var population = new AreaPopulation(Period.Parse(r["period"]), double.Parse(r["population"], CultureInfo.InvariantCulture));
            store.Areas.Add(new Area(r["code"], r["name"], kind, r["parent"].Length == 0 ? null : r["parent"]) { Populations = [population] });
        }
        foreach (var r in Rows(dir.File(DemoDataGenerator.IndicatorsFile)))
        {
            Assert.True(IndicatorVocabulary.TryParseCluster(r["cluster"], out var cluster));
            Assert.True(IndicatorVocabulary.TryParseDirection(r["direction"], out var direction));
            store.Indicators.Add(new Indicator(r["code"], r["name"], r["unit"], direction) { Cluster = cluster, Source = r["source"] });
        }
        var latest = Rows(dir.File(DemoDataGenerator.ObservationsFile)).Where(r => r["sex"] == "_T" && r["group"] == "_T")
            .GroupBy(r => (r["indicator"], r["area"])).Select(g => g.MaxBy(r => r["period"])!);
        foreach (var r in latest)
            store.Latest.Add(new Observation(r["indicator"], r["area"], Period.Parse(r["period"]), Disaggregation.Total, double.Parse(r["value"], CultureInfo.InvariantCulture)));
        store.Datasets.Add(new Dataset(1, DatasetKind.Areas, "areas.csv", new string('a', 64), DateTimeOffset.UnixEpoch, store.Areas.Count) { Name = "synthetic demo data: areas" });
        return store;
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var names = reader.Header.ColNames;
        var list = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) d[names[i]] = row[i].ToString();
            list.Add(d);
        }
        return list;
    }
}
