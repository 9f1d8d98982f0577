using System.Text.Json;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Inspect;

public class InspectCommandTests
{
    [Theory]
    [InlineData("hxl", "libhxl-python_input-valid.csv", "hxl", 4)]
    [InlineData("sdmx", "sdmx-json-2.0_agri.json", "sdmx-json", 12)]
    [InlineData("sdmx", "pysdmx_sdmx10_data_v1.csv", "sdmx-csv", 1000)]
    [InlineData("cod-ab", "caf_admin1.geojson", "geojson", 17)]
    [InlineData("cod-ab", "caf_admin1_gazetteer.csv", "cod-ab-gazetteer", 17)]
    [InlineData("xlsform", "kobotoolbox_submissions_labels_semicolon.csv", "kobo", 3)]
    [InlineData("xlsform", "odk-central_multirepeat.csv", "odk-central", 3)]
    [InlineData("iati", "iati-2.03_activity-standard-example-annotated.xml", "iati", 1)]
    public void Inspect_Json_ReportsFormatAndRecords(string folder, string file, string format, int records)
    {
        var (exit, stdout, stderr) = HsoProcess.Run("inspect", Fixtures.Get(folder, file), "--json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(format, root.GetProperty("format").GetString());
        Assert.Equal(records, root.GetProperty("records").GetInt64());
        foreach (var key in new[] { "columns", "areas", "periods", "problems" }) Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
    }

    [Fact]
    public void Inspect_CafAdmin1_ListsSeventeenPcodes()
    {
        var (_, stdout, _) = HsoProcess.Run("inspect", Fixtures.Get("cod-ab", "caf_admin1.geojson"), "--json");
        using var doc = JsonDocument.Parse(stdout);
        var areas = doc.RootElement.GetProperty("areas").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal(17, areas.Count(a => a!.StartsWith("CF", StringComparison.Ordinal)));
        Assert.Contains("CAF", areas);
    }

    [Fact]
    public void Inspect_Unreadable_Exit1WithLocatedErrors()
    {
        var (exit, stdout, stderr) = HsoProcess.Run("inspect", Fixtures.Get("hxl", "libhxl-python_input-invalid.csv"), "--format", "hxl", "--json");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: libhxl-python_input-invalid.csv: no HXL hashtag row", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(stdout);
        var p = doc.RootElement.GetProperty("problems")[0];
        Assert.Equal(("error", "libhxl-python_input-invalid.csv"), (p.GetProperty("severity").GetString(), p.GetProperty("location").GetString()));
    }

    [Fact]
    public void Inspect_IatiWithoutRequiredElements_Exit1()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.xml", "<iati-activities version=\"2.03\">\n<iati-activity>\n<sector code=\"1\"/>\n</iati-activity>\n</iati-activities>\n");
        var (exit, _, stderr) = HsoProcess.Run("inspect", path);
        Assert.Equal(1, exit);
        Assert.Contains("error: a.xml:2:iati-activity: iati-activity lacks required <title>", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_UnknownFormat_UsageExit2()
    {
        var (exit, _, stderr) = HsoProcess.Run("inspect", Fixtures.Get("hxl", "libhxl-python_input-valid.csv"), "--format", "parquet");
        Assert.Equal(2, exit);
        Assert.Contains("'parquet' is not a format", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Text_ShowsTagsAndWarnings()
    {
        var (exit, stdout, _) = HsoProcess.Run("inspect", Fixtures.Get("hxl", "libhxl-python_input-fuzzy.csv"));
        Assert.Equal(0, exit);
        Assert.Contains("hxl, 4 record(s)", stdout, StringComparison.Ordinal);
        Assert.Contains("[tag #targeted+f]", stdout, StringComparison.Ordinal);
        Assert.Contains("[untagged]", stdout, StringComparison.Ordinal);
    }
}
