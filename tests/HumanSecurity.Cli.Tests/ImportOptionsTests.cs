using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Inspection;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

/// <summary><c>hso import</c>'s options for partial COD-AB imports, area matching and the report, end to end.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ImportOptionsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("s.duckdb");

    private static string Workbook => Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SkipInvalid_WithoutReport_Refused()
    {
        var (exit, _, stderr) = await CliHarness.RunAsync("import", Workbook, "--db", Db, "--skip-invalid");
        Assert.Equal(1, exit);
        Assert.Contains("error: --skip-invalid: --skip-invalid needs --report FILE, where every skipped row is listed", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Theory]
    [InlineData("--levels", "0-2", "error: --levels: --levels does not apply to observations files; it applies to geojson, cod-ab-gazetteer")]
    [InlineData("--skip-unmatched", null, "error: --skip-unmatched: --skip-unmatched needs --match-areas")]
    [InlineData("--area-level", "district", "error: --area-level: --area-level needs --match-areas")]
    public async Task Options_WrongUse_LocatedError(string option, string? value, string expected)
    {
        var obs = _dir.Write("obs.csv", "indicator,area,period,value\nX,Y,2024,1\n");
        string[] args = value is null ? ["import", obs, "--db", Db, option] : ["import", obs, "--db", Db, option, value];
        var (exit, _, stderr) = await CliHarness.RunAsync(args);
        Assert.Equal(1, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Levels_BadRange_SaysTheAcceptedForms()
    {
        var (exit, _, stderr) = await CliHarness.RunAsync("import", Workbook, "--db", Db, "--levels", "7");
        Assert.Equal(1, exit);
        Assert.Contains("error: --levels: '7' is not a level range; expected a level N or a range N-M of admin levels 0..5 (0 = country), e.g. 0-2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CarWorkbook_SkipInvalid_WritesTheReport()
    {
        var report = _dir.File("report.csv");
        var (exit, stdout, stderr) = await CliHarness.RunAsync("import", Workbook, "--db", Db, "--skip-invalid", "--report", report);
        Assert.True(exit == 0, stderr);
        Assert.Contains("imported caf_cod_ab_gazetteer.xlsx as dataset 1 (cod-ab-gazetteer): 435 areas", stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 32 row(s)", stdout, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(report, TestContext.Current.CancellationToken);
        Assert.Equal(string.Join(',', ImportReportWriter.Columns), lines[0]);
        Assert.Equal(32, lines.Count(l => l.StartsWith("skipped,", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("skipped,caf_cod_ab_gazetteer.xlsx!caf_admin4:72,CF711802,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MatchAreas_NamesImportedAndReported_ReportWrittenAlsoOnFailure()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("import", Workbook, "--db", Db, "--levels", "0-2")).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("import", _dir.Write("i.csv", "code,name,unit,direction\nIDP,Displaced,people,higher_is_worse\n"), "--db", Db)).Exit);
        var report = _dir.File("names.csv");
        var bad = _dir.Write("bad.csv", "indicator,area,period,value\nIDP,Mbomou,2024,1\nIDP,Atlantis,2024,2\n");
        var failed = await CliHarness.RunAsync("import", bad, "--db", Db, "--match-areas", "--report", report);
        Assert.Equal(1, failed.Exit);
        Assert.Contains("error: bad.csv:3:area: area name 'Atlantis' matches no area", failed.Err, StringComparison.Ordinal);
        Assert.Contains(await File.ReadAllLinesAsync(report, TestContext.Current.CancellationToken), l => l.StartsWith("area-name,bad.csv:3:area,Atlantis,unmatched,,1,", StringComparison.Ordinal));
        var good = _dir.Write("good.csv", "indicator,area,period,value\nIDP,Mbomou,2024,1\nIDP,haut-mbomou,2024,2\nIDP,Bangui,2024,3\n");
        var (exit, stdout, stderr) = await CliHarness.RunAsync("import", good, "--db", Db, "--match-areas", "--area-level", "admin1", "--report", report);
        Assert.True(exit == 0, stderr);
        Assert.Contains("area names: 2 exact, 1 normalised, 0 ambiguous, 0 unmatched", stdout, StringComparison.Ordinal);
        Assert.Contains(await File.ReadAllLinesAsync(report, TestContext.Current.CancellationToken), l => l == "area-name,good.csv:3:area,haut-mbomou,normalised,CF63,1,Haut-Mbomou (admin1)");
    }

    [Fact]
    public async Task Help_ListsTheSameFormatNamesAsTheErrors()
    {
        var import = await CliHarness.RunAsync("import", "--help");
        Assert.Contains(DatasetImporters.KnownFormats, import.Out.ReplaceLineEndings(" "), StringComparison.Ordinal);
        var unknown = await CliHarness.RunAsync("import", _dir.Write("x.csv", "a\n"), "--format", "parquet", "--db", Db);
        Assert.Contains($"unknown format 'parquet'; expected one of {DatasetImporters.KnownFormats}", unknown.Err, StringComparison.Ordinal);
        var inspect = await CliHarness.RunAsync("inspect", _dir.Write("y.csv", "a\n"), "--format", "parquet");
        Assert.Contains($"expected one of {DataFormats.Describe(DataFormats.All)}", inspect.Err, StringComparison.Ordinal);
        Assert.Equal(0, (await CliHarness.RunAsync("inspect", _dir.Write("o.csv", "indicator,area,period,value\nX,Y,2024,1\n"), "--format", "observations")).Exit);
    }
}
