using System.Text.Json;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Inspect;

/// <summary>Names by language and validity of the CAF COD-AB admin-1 areas through import, <c>hso areas --json</c>,
/// <c>hso export --format geojson</c> and a re-import of the export.</summary>
public class AreaNamesCommandTests
{
    private static JsonElement Area(string stdout, string code) =>
        JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);

    private static void AssertOuhamPende(string db)
    {
        var (exit, stdout, err) = HsoProcess.Run("areas", "--db", db, "--kind", "admin1", "--json");
        Assert.True(exit == 0, err);
        Assert.Equal(17, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
        var cf31 = Area(stdout, "CF31");
        var names = cf31.GetProperty("alternate_names");
        Assert.Equal(("Ouham Pendé", "Ouham Pende"), (names.GetProperty("fr").GetString(), names.GetProperty("ref").GetString()));
        Assert.Equal("2015-06-15", cf31.GetProperty("valid_from").GetString());
        Assert.Equal(JsonValueKind.Null, cf31.GetProperty("valid_to").ValueKind);
    }

    [Fact]
    public void AreasJsonAndGeoJsonExport_KeepNamesAndValidity()
    {
        using var dir = new TempDirectory();
        var db = dir.File("a.duckdb");
        var import = HsoProcess.Run("import", Fixtures.Get("cod-ab", "caf_admin1.geojson"), "--format", "geojson", "--db", db);
        Assert.True(import.Exit == 0, import.Err);
        AssertOuhamPende(db);

        var export = HsoProcess.Run("export", "--format", "geojson", "--db", db, "--out", dir.File("out.geojson"));
        Assert.True(export.Exit == 0, export.Err);
        var again = dir.File("b.duckdb");
        var reimport = HsoProcess.Run("import", dir.File("out.geojson"), "--format", "geojson", "--db", again);
        Assert.True(reimport.Exit == 0, reimport.Err);
        AssertOuhamPende(again);
        Assert.Equal(HsoProcess.Run("areas", "--db", db, "--json").Out, HsoProcess.Run("areas", "--db", again, "--json").Out);
    }
}
