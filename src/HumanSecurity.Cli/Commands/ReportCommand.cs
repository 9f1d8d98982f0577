using System.CommandLine;
using HumanSecurity.Web;
using HumanSecurity.Web.Reports;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso report --area CODE [--run ID] [--format html|pdf] [--lang en|fr] --out FILE [--db PATH]</c>: the area's
/// report (the one the profile page links to) as one self-contained HTML file, or printed to PDF by headless Chromium.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var area = new Option<string>("--area") { Description = "Area code (hso areas lists them)", Required = true };
        var run = new Option<long?>("--run") { Description = "Index run id (default: the latest index run that scored the area)" };
        var format = new Option<string>("--format") { Description = "Output format: " + ReportFormats.Accepted, DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong([.. ReportFormats.Codes]);
        var lang = new Option<string>("--lang") { Description = "Language of the report: " + Language.AcceptedCodes, DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong([.. Language.All.Select(l => l.Code)]);
        var output = new Option<string>("--out") { Description = "File to write", Required = true };
        var command = new Command("report", "Write an area's report: self-contained HTML (tables, inline SVG charts, methods, sources, the run's record) or PDF.")
            { db, area, run, format, lang, output };
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(parse.GetValue(db)!, createIfMissing: false, async store =>
        {
            ReportFormats.TryParse(parse.GetValue(format), out var kind);
            Language.TryParse(parse.GetValue(lang), out var language);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            await using var reports = new StandaloneReports(store, new WebOptions { StoreLabel = Path.GetFileName(parse.GetValue(db)) });
            byte[] bytes;
            try
            {
                bytes = kind == ReportFormat.Pdf
                    ? await reports.RenderPdfAsync(parse.GetValue(area)!, parse.GetValue(run), language, ct)
                    : System.Text.Encoding.UTF8.GetBytes(await reports.RenderHtmlAsync(parse.GetValue(area)!, parse.GetValue(run), language, ct));
            }
            catch (PdfUnavailableException e)
            {
                throw new InvalidInputException("--format pdf", e.Message);
            }
            await File.WriteAllBytesAsync(path, bytes, ct);
            Console.WriteLine($"report: {parse.GetValue(area)} written to {path} ({bytes.Length:N0} bytes, {kind.ToString().ToLowerInvariant()})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
