using HumanSecurity.Cli.Commands;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Cli.Tests;

[Collection(nameof(ConsoleCollection))]
public sealed class ImportProgressPrinterTests
{
    [Fact]
    public void Format_WithSize_RowsAndPercent() =>
        Assert.Equal("imported 1,000,000 rows (12%)", ImportProgressPrinter.Format(new ImportProgress("importing", 1_000_000, 120, 1000)));

    [Fact]
    public void Report_FirstThenThrottledThenFinal_PrintsFirstAndFinal()
    {
        var old = Console.Error;
        using var err = new StringWriter();
        Console.SetError(err);
        try
        {
            var printer = new ImportProgressPrinter();
            printer.Report(new ImportProgress("importing", 10, 10, 100));
            printer.Report(new ImportProgress("importing", 20, 20, 100));
            printer.Report(new ImportProgress("importing", 100, 100, 100));
        }
        finally
        {
            Console.SetError(old);
        }
        Assert.Equal(["imported 10 rows (10%)", "imported 100 rows (100%)"], err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
