using HumanSecurity.Cli.Commands;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

[Collection(nameof(ConsoleCollection))]
public sealed class ImportProgressPrinterTests
{
    [Fact]
    public void Report_Phases_OneLineEachAndReadProgressOncePerSecond()
    {
        var now = TimeSpan.Zero;
        using var output = new StringWriter();
        var printer = new ImportProgressPrinter(output, () => now);
        void At(double seconds, ImportProgress p)
        {
            now = TimeSpan.FromSeconds(seconds);
            printer.Report(p);
        }
        At(0, new ImportProgress(ImportPhase.Read, 0));
        At(0.5, new ImportProgress(ImportPhase.Read, 500_000) { BytesRead = 25, TotalBytes = 100 });
        At(2, new ImportProgress(ImportPhase.Read, 2_000_000) { BytesRead = 50, TotalBytes = 100 });
        At(2.5, new ImportProgress(ImportPhase.Read, 2_500_000) { BytesRead = 60, TotalBytes = 100 });
        At(4, new ImportProgress(ImportPhase.Read, 4_000_000) { Done = true });
        At(4, new ImportProgress(ImportPhase.Commit, 4_000_000));
        At(5.5, new ImportProgress(ImportPhase.Commit, 4_000_000) { Done = true });
        Assert.Equal(
        [
            "read: 2,000,000 rows, 1,000,000 rows/s, 50% of the file, about 2.0 s left",
            "read: 4,000,000 rows in 4.0 s",
            "commit: writing 4,000,000 rows to the store",
            "commit: 4,000,000 rows in 1.5 s",
        ], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Report_Errors_SaysNothingWillBeWritten()
    {
        using var output = new StringWriter();
        var printer = new ImportProgressPrinter(output, () => TimeSpan.Zero);
        printer.Report(new ImportProgress(ImportPhase.Read, 0));
        printer.Report(new ImportProgress(ImportPhase.Read, 437) { Errors = 4, Done = true });
        Assert.Equal("read: 437 rows in 0.0 s, 4 error(s), nothing will be written", output.ToString().Trim());
    }

    /// <summary>Redirected, a rejected file used to print "imported 441 rows" before its errors.</summary>
    [Fact]
    public async Task Import_RejectedWorkbook_NeverSaysImported()
    {
        using var dir = new TempDirectory();
        var (exit, stdout, stderr) = await CliHarness.RunAsync("import", Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx"), "--db", dir.File("s.duckdb"));
        Assert.Equal(1, exit);
        Assert.DoesNotContain("imported", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("error(s), nothing will be written", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("commit:", stderr, StringComparison.Ordinal);
    }
}
