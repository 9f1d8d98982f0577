using System.CommandLine;
using HumanSecurity.Formats.Inspection;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso inspect FILE [--format F] [--json]</c>: detect a file's format and report records, columns, areas,
/// periods and problems without importing. Exit 0 when readable, 1 when not (every problem located on stderr).</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "File to inspect (CSV, HXL, SDMX-CSV/JSON, GeoJSON, gazetteer, Kobo/ODK export, IATI XML, XLSX)." };
        var format = new Option<string?>("--format") { Description = "Format instead of detecting it: " + DataFormats.Describe(DataFormats.All) };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (format, records, columns, areas, periods, problems)." };
        var command = new Command("inspect", "Detect a file's format and report what it holds, without importing.") { file, format, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(json)));
        return command;
    }

    internal static int Run(FileInfo file, string? format, bool json)
    {
        if (format is not null && DataFormats.Normalise(format) is null)
        {
            Console.Error.WriteLine($"error: --format: '{format}' is not a format; expected one of {DataFormats.Describe(DataFormats.All)}");
            return ExitCodes.Usage;
        }
        if (!file.Exists)
        {
            Console.Error.WriteLine(Directory.Exists(file.FullName) ? $"error: {file.Name}: is a directory; expected a file" : $"error: {file.Name}: file not found");
            return ExitCodes.InvalidInput;
        }
        var report = Inspector.Inspect(file.FullName, format);
        if (json) Console.WriteLine(InspectionJson.ToJson(report));
        else PrintText(report);
        foreach (var p in report.Problems.Items.Where(p => p.Severity == ProblemSeverity.Error)) Console.Error.WriteLine(p.ToString());
        return report.Readable ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    private static void PrintText(InspectionReport r)
    {
        Console.WriteLine($"{r.File}: {r.Format}, {r.Records} record(s), {r.Columns.Count} column(s), {r.Areas.Count} area(s), {r.Periods.Count} period(s)");
        foreach (var c in r.Columns) Console.WriteLine($"  {c.Name} [{c.Role}{(c.Tag is null ? "" : " " + c.Tag)}{(c.Type is null ? "" : ", " + c.Type)}]");
        if (r.Areas.Count > 0) Console.WriteLine($"areas: {string.Join(", ", r.Areas.Take(30))}{(r.Areas.Count > 30 ? ", ..." : "")}");
        if (r.Periods.Count > 0) Console.WriteLine($"periods: {string.Join(", ", r.Periods.Take(30))}{(r.Periods.Count > 30 ? ", ..." : "")}");
        foreach (var p in r.Problems.Items.Where(p => p.Severity == ProblemSeverity.Warning)) Console.WriteLine(p.ToString());
    }
}
