using HumanSecurity.DuckDb;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Iati;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Inspect;

public class ExportCommandTests
{
    private static async Task<string> SeedAsync(TempDirectory dir)
    {
        var db = dir.File("hso.duckdb");
        var hxl = dir.Write("obs.csv", "Prefecture,Year,Affected girls,Flood\n#adm1+code,#date,#affected+f+children,#indicator+x_flood\nCF11,2024,120,0.5\nCF62,2024,80,\nCF62,2025,90,0.7\n");
        await using var store = await DuckDbStore.OpenAsync(db);
        foreach (var (format, path) in new[] { ("geojson", Fixtures.Get("cod-ab", "caf_admin1.geojson")), ("hxl", hxl), ("iati", Fixtures.Get("iati", "iati-2.03_activity-standard-example-annotated.xml")) })
            await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(path), store, null, TestContext.Current.CancellationToken);
        return db;
    }

    [Fact]
    public async Task Export_EachFormat_ReadsBack()
    {
        using var dir = new TempDirectory();
        var db = await SeedAsync(dir);
        var (exit, _, err) = HsoProcess.Run("export", "--format", "sdmx-csv", "--db", db, "--out", dir.File("o.csv"));
        Assert.True(exit == 0, err);
        var obs = SdmxObservationMapper.Map(SdmxCsvReader.Read(dir.File("o.csv")), null, new ProblemList());
        Assert.Equal(5, obs.Count);
        Assert.Contains(obs, o => o.Area == "CF62" && o.Indicator == "affected" && o.Disaggregation.Sex == "F" && o.Value == 90);

        Assert.Equal(0, HsoProcess.Run("export", "--format", "sdmx-json", "--db", db, "--out", dir.File("o.json"), "--area", "CF11").Exit);
        Assert.Equal(2, SdmxJsonReader.Read(dir.File("o.json")).Observations.Count);

        Assert.Equal(0, HsoProcess.Run("export", "-f", "hxl", "--db", db, "--out", dir.File("o.hxl.csv"), "--indicator", "x_flood").Exit);
        using (var t = HxlReader.Open(dir.File("o.hxl.csv"))) Assert.Equal(2, t.Rows().Count());

        Assert.Equal(0, HsoProcess.Run("export", "--format", "geojson", "--db", db, "--out", dir.File("a.geojson")).Exit);
        Assert.Equal(17, CodAbReader.ReadGeoJson(dir.File("a.geojson")).Units.Count(u => u.Level == 1 && u.GeometryJson is not null));

        Assert.Equal(0, HsoProcess.Run("export", "--format", "iati", "--db", db, "--out", dir.File("p.xml")).Exit);
        var doc = IatiReader.Read(dir.File("p.xml"));
        Assert.False(doc.Problems.HasErrors, string.Join("\n", doc.Problems.Items));
        Assert.Equal("AA-AAA-123456789-ABC123", Assert.Single(doc.Activities).Identifier);
    }

    [Fact]
    public async Task Export_BadFormatOrPeriod_Exit1NoFile()
    {
        using var dir = new TempDirectory();
        var db = await SeedAsync(dir);
        var (exit, _, err) = HsoProcess.Run("export", "--format", "parquet", "--db", db, "--out", dir.File("x"));
        Assert.Equal(1, exit);
        Assert.Contains("error: --format: 'parquet' cannot be exported", err, StringComparison.Ordinal);
        Assert.Equal(1, HsoProcess.Run("export", "--format", "hxl", "--db", db, "--from", "soon", "--out", dir.File("x")).Exit);
        Assert.False(File.Exists(dir.File("x")));
        Assert.Equal(3, HsoProcess.Run("export", "--format", "hxl", "--db", dir.File("none.duckdb"), "--out", dir.File("x")).Exit);
    }
    [Fact]
    public void Import_SdmxJsonWithMapping_ThenExport()
    {
        using var dir = new TempDirectory();
        var db = dir.File("m.duckdb");
        var areas = dir.Write("areas.csv", "code,name,kind,parent\nKH,Cambodia,country,\nKH01,Banteay Meanchey,admin1,KH\nKH02,Battambang,admin1,KH\n");
        var mapping = dir.Write("crosswalk.yaml", "areas:\n  ASIKHM: KH\n  ASIKHM001: KH01\n  ASIKHM002: KH02\n");
        Assert.Equal(0, HsoProcess.Run("import", areas, "--db", db).Exit);
        var agri = Fixtures.Get("sdmx", "sdmx-json-2.0_agri.json");
        var (exit, stdout, err) = HsoProcess.Run("import", agri, "--format", "sdmx-json", "--mapping", mapping, "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains("12 observations", stdout, StringComparison.Ordinal);
        var (bad, _, badErr) = HsoProcess.Run("import", agri, "--format", "sdmx-json", "--db", db);
        Assert.Equal(1, bad);
        Assert.Contains("'ASIKHM001' is not in the store", badErr, StringComparison.Ordinal);
        Assert.Equal(0, HsoProcess.Run("export", "--format", "sdmx-csv", "--db", db, "--out", dir.File("o.csv"), "--from", "2016").Exit);
        Assert.Equal(6, SdmxCsvReader.Read(dir.File("o.csv")).Observations.Count);
    }
    /// <summary>The import and export examples of docs/formats/*.md, run as a user would.</summary>
    [Fact]
    public void DocsExamples_ImportBoundariesHxlIatiKobo_ThenExport()
    {
        using var dir = new TempDirectory();
        var db = dir.File("docs.duckdb");
        Assert.Equal(0, HsoProcess.Run("import", Fixtures.Get("cod-ab", "caf_admin1.geojson"), "--format", "geojson", "--db", db).Exit);
        var pin = dir.Write("pin.csv", "Prefecture,Date,PIN women,PIN girls\n#adm1+code,#date,#inneed+f+adults,#inneed+f+children\nCF62,2024,100,50\n");
        var mapping = dir.Write("m.yaml", "columns:\n  - pattern: '#inneed+f-children'\n    indicator: pin_women\n");
        var dry = HsoProcess.Run("import", pin, "--format", "hxl", "--mapping", mapping, "--dry-run", "--db", db);
        Assert.True(dry.Exit == 0, dry.Err);
        Assert.Contains("nothing written", dry.Out, StringComparison.Ordinal);
        var (exit, stdout, err) = HsoProcess.Run("import", pin, "--format", "hxl", "--mapping", mapping, "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains("1 observations", stdout, StringComparison.Ordinal);
        Assert.Equal(0, HsoProcess.Run("import", Fixtures.Get("iati", "iati-2.03_activity-standard-example-annotated.xml"), "--db", db).Exit);
        var kobo = dir.Write("k.yaml", "households:\n  columns: { hh_id: _uuid, community: What community are you from? }\n");
        Assert.Equal(0, HsoProcess.Run("import", Fixtures.Get("xlsform", "kobotoolbox_submissions_labels_semicolon.csv"), "--format", "kobo", "--mapping", kobo, "--db", db).Exit);
        Assert.Equal(0, HsoProcess.Run("export", "--format", "hxl", "--db", db, "--out", dir.File("pin.hxl.csv")).Exit);
        Assert.Contains("pin_women", File.ReadAllText(dir.File("pin.hxl.csv")), StringComparison.Ordinal);
        Assert.Equal(0, HsoProcess.Run("export", "--format", "iati", "--db", db, "--out", dir.File("p.xml")).Exit);
    }
}
