using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.CodAb;

/// <summary>The official CAR COD-AB workbook has four duplicate admin-4 P-codes: strict import rejects all five levels;
/// <c>--levels</c> imports some levels, <c>--skip-invalid</c> imports the valid rows and reports the others.</summary>
public sealed class CodAbPartialImportTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _dir = new();

    private DuckDbStore Store { get; } = DuckDbStore.Open(":memory:");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }

    private static string Workbook => Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx");

    private Task<ImportResult> ImportAsync(string path, CodAbLevels? levels = null, bool skipInvalid = false, string format = "cod-ab-gazetteer") =>
        DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(path) { Levels = levels, SkipInvalid = skipInvalid }, Store, null, Ct);

    [Fact]
    public async Task Strict_WholeWorkbook_StillRejectedAndNothingWritten()
    {
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync(Workbook));
        Assert.Equal(4, e.Problems.Count(p => p.Severity == ProblemSeverity.Error && CodAbValidator.IsDuplicate(p)));
        Assert.Empty(await Store.GetAreasAsync(Ct));
    }

    [Fact]
    public async Task Levels0To2_ImportsCountryProvincesAndPrefectures()
    {
        var result = await ImportAsync(Workbook, new CodAbLevels(0, 2));
        var areas = await Store.GetAreasAsync(Ct);
        Assert.Equal([(AreaKind.Country, 1), (AreaKind.Admin1, 17), (AreaKind.Admin2, 72)],
            areas.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(90, result.RowCounts["areas"]);
        Assert.DoesNotContain(result.Warnings, w => w.Location.Contains("caf_admin4", StringComparison.Ordinal));
        Assert.Equal(("Bangui", "CF71"), (areas.Single(a => a.Code == "CF711").Name, areas.Single(a => a.Code == "CF711").ParentCode));
    }

    [Fact]
    public async Task SkipInvalid_ImportsValidRowsAndReportsEachSkippedRow()
    {
        var result = await ImportAsync(Workbook, skipInvalid: true);
        var areas = (await Store.GetAreasAsync(Ct)).ToDictionary(a => a.Code);
        Assert.Equal(435, areas.Count);
        // Two rows giving one P-code to different units: neither is imported.
        Assert.DoesNotContain("CF711802", areas.Keys);
        Assert.DoesNotContain("CF711304", areas.Keys);
        // An exact repeat: the first row is imported.
        Assert.Equal("Ngongonon II", areas["CF711809"].Name);
        var skipped = result.Report.Skipped;
        Assert.Equal(32, skipped.Count);
        Assert.Equal(26, skipped.Count(s => s.Reason.StartsWith("adm4_pcode is empty; row skipped", StringComparison.Ordinal)));
        Assert.Equal(["caf_cod_ab_gazetteer.xlsx!caf_admin4:68", "caf_cod_ab_gazetteer.xlsx!caf_admin4:72"],
            skipped.Where(s => s.Subject == "CF711802").Select(s => s.Location));
        Assert.Contains("none of them is imported", skipped.First(s => s.Subject == "CF711802").Reason, StringComparison.Ordinal);
        Assert.Equal("caf_cod_ab_gazetteer.xlsx!caf_admin4:79", Assert.Single(skipped, s => s.Subject == "CF711809").Location);
        Assert.Contains(result.Warnings, w => w.Message == "32 row(s) skipped (--skip-invalid); the report lists each with its reason");
    }

    [Fact]
    public async Task SkipInvalid_ChildOfASkippedUnit_IsSkippedToo()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"adm0_pcode":"XY","adm0_name":"Xy","iso3":"XYZ","adm1_pcode":"XY01","adm1_name":"North","valid_on":"2015-15-06"},"geometry":null},
              {"type":"Feature","properties":{"adm0_pcode":"XY","adm0_name":"Xy","iso3":"XYZ","adm1_pcode":"XY01","adm1_name":"North","adm2_pcode":"XY0101","adm2_name":"Hills"},"geometry":null},
              {"type":"Feature","properties":{"adm0_pcode":"XY","adm0_name":"Xy","iso3":"XYZ","adm1_pcode":"XY02","adm1_name":"South"},"geometry":null}]}
            """;
        var path = _dir.Write("xy.geojson", json);
        var result = await ImportAsync(path, skipInvalid: true, format: "geojson");
        Assert.Equal(["XY02", "XYZ"], (await Store.GetAreasAsync(Ct)).Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["xy.geojson features[0] (XY01)", "xy.geojson features[1] (XY0101)"], result.Report.Skipped.Select(s => s.Location));
        Assert.StartsWith("'2015-15-06' is not a date", result.Report.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("parent 'XY01' of area 'XY0101' is not a known area code", result.Report.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0-2", 0, 2)]
    [InlineData("3", 3, 3)]
    [InlineData(" 1 - 4 ", 1, 4)]
    public void Levels_Parse(string text, int min, int max)
    {
        Assert.True(CodAbLevels.TryParse(text, out var levels));
        Assert.Equal(new CodAbLevels(min, max), levels);
    }

    [Theory]
    [InlineData("2-1")]
    [InlineData("6")]
    [InlineData("adm2")]
    [InlineData("")]
    [InlineData("0-2-3")]
    public void Levels_Refused(string text) => Assert.False(CodAbLevels.TryParse(text, out _));
}
