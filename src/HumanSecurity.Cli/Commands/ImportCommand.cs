using System.CommandLine;
using System.Globalization;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso import FILE [options]</c> (see <see cref="ImportCommandOptions"/>): validates a file completely and
/// imports it as one atomic dataset; any problem is reported with its location and nothing is written.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "File to import" };
        var options = new ImportCommandOptions();
        var db = StoreOptions.Db();
        var command = new Command("import", "Validate a file and import it into the store as one dataset.") { file, db };
        foreach (var o in options.All) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            IDatasetImporter importer;
            ImportRequest request;
            try
            {
                if (!File.Exists(path)) throw new InvalidInputException(Path.GetFileName(path), $"file not found: {path}");
                importer = DatasetImporters.Resolve(path, parse.GetValue(options.Format));
                request = options.ToRequest(parse, path);
                DatasetImporters.CheckOptions(importer, request);
            }
            catch (InvalidInputException e)
            {
                return await StoreCommandRunner.ReportAsync(e);
            }
            // A dry run never creates a store file: without one it validates against an empty in-memory store.
            var dbPath = parse.GetValue(db)!;
            if (request.DryRun && !File.Exists(dbPath)) dbPath = ":memory:";
            var report = parse.GetValue(options.Report)?.FullName;
            return await StoreCommandRunner.RunAsync(dbPath, createIfMissing: true, store => RunAsync(importer, request, store, report, ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(IDatasetImporter importer, ImportRequest request, DuckDbStore store, string? reportPath, CancellationToken ct)
    {
        ImportResult result;
        try
        {
            result = await WithProgressAsync(request.DisplayName, progress => importer.ImportAsync(request, store, progress, ct));
        }
        finally
        {
            // Written also when the import is rejected: it says how each area name matched, which is what to fix.
            if (reportPath is not null) ImportReportWriter.Write(request.Report, reportPath);
        }
        foreach (var w in result.Warnings) await Console.Error.WriteLineAsync(w.ToString());
        var counts = string.Join(", ", result.RowCounts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:N0} {kv.Key}")));
        await Console.Out.WriteLineAsync(result.Dataset is { } d
            ? $"imported {request.DisplayName} as dataset {d.Id} ({importer.Format}): {counts}"
            : $"dry run: {request.DisplayName} is valid ({importer.Format}): {counts}; nothing written");
        foreach (var line in ImportReportSummary.Lines(result.Report, reportPath)) await Console.Out.WriteLineAsync(line);
        return ExitCodes.Ok;
    }

    private static async Task<T> WithProgressAsync<T>(string label, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected) return await work(new ImportProgressPrinter(Console.Error));
        T result = default!;
        await console.Progress().AutoClear(false).HideCompleted(false).Columns(ImportProgressDisplay.Columns())
            .StartAsync(async ctx => result = await work(new ImportProgressDisplay(ctx, label)));
        return result;
    }
}
