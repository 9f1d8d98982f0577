using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Export;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Tests.Exchange;

public class StoreExporterTests : ImportTestBase
{
    private async Task<long> SaveRunAsync()
    {
        var run = new RunRecord(0, "index", "hsi", new string('a', 64), 2, DateTimeOffset.UtcNow);
        var saved = await Store.SaveRunAsync(run, [new ScoreRow("XA01", "HSI", 3, "2024", 6.5, 1, "high"), new ScoreRow("XA02", "HSI", 3, "2024", double.NaN, 0, null)], Ct);
        return saved.Id;
    }

    [Fact]
    public async Task Results_AsSdmxAndGeoJsonScores()
    {
        var id = await SaveRunAsync();
        var csv = Dir.File("results.csv");
        Assert.Equal(1, await StoreExporter.ExportAsync(Store, new ExportRequest("sdmx-csv", csv) { RunId = id }, Ct));
        var o = Assert.Single(SdmxObservationMapper.Map(SdmxCsvReader.Read(csv), null, new ProblemList()));
        Assert.Equal(("HSI", "XA01", 6.5, "E"), (o.Indicator, o.Area, o.Value, o.Status));
        var geo = Dir.File("scores.geojson");
        Assert.Equal(3, await StoreExporter.ExportAsync(Store, new ExportRequest("geojson", geo) { RunId = id }, Ct));
        var text = await File.ReadAllTextAsync(geo, Ct);
        Assert.Contains("\"score_HSI\":6.5", text, StringComparison.Ordinal);
        Assert.Contains("\"score_HSI\":null", text, StringComparison.Ordinal);
        Assert.Equal(["XA", "XA01", "XA02"], CodAbReader.ReadGeoJson(text, "s.geojson").Units.Select(CodAbAreas.CodeOf).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownRun_Rejected_NoFile()
    {
        var path = Dir.File("none.csv");
        await Assert.ThrowsAsync<InvalidInputException>(() => StoreExporter.ExportAsync(Store, new ExportRequest("sdmx-json", path) { RunId = 99 }, Ct));
        Assert.False(File.Exists(path));
    }
}
