using System.CommandLine;
using System.Globalization;
using HumanSecurity.Storage;
using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso import FILE [--format F] [--db PATH] [--dry-run] [--period P] [--name N] [--mapping M.yaml]</c>: validates a file
/// completely and imports it as one atomic dataset; any problem is reported with its location and nothing is written.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "File to import" };
        var format = new Option<string?>("--format", "-f") { Description = "Format (detected from the header when omitted): " + DatasetImporters.KnownFormats };
        var stores = new StoreSelection();
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate only; write nothing" };
        var period = new Option<string?>("--period") { Description = "Period of gazetteer populations given without a period column, e.g. 2024" };
        var name = new Option<string?>("--name") { Description = "Dataset name (default: the file name)" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "Mapping file (YAML) for hxl and sdmx imports: columns, indicator, area crosswalk" };
        var command = new Command("import", "Validate a file and import it into the store as one dataset.") { file, format, dryRun, period, name, mapping };
        stores.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            IDatasetImporter importer;
            ImportRequest request;
            try
            {
                if (!File.Exists(path)) throw new InvalidInputException(Path.GetFileName(path), $"file not found: {path}");
                importer = DatasetImporters.Resolve(path, parse.GetValue(format));
                request = new ImportRequest(path) { DryRun = parse.GetValue(dryRun), Name = parse.GetValue(name), DefaultPeriod = ParsePeriod(parse.GetValue(period)), MappingPath = parse.GetValue(mapping)?.FullName };
            }
            catch (InvalidInputException e)
            {
                return await StoreCommandRunner.ReportAsync(e);
            }
            // A dry run never creates a store file: without one it validates against an empty in-memory store.
            var dbPath = parse.GetValue(stores.Db)!;
            if (request.DryRun && !File.Exists(dbPath) && !HumanSecurity.ClickHouse.ClickHouseUrl.IsClickHouseUrl(dbPath) && parse.GetValue(stores.ClickHouseUrl) is null
                && parse.GetValue(stores.Store) != "clickhouse")
                return await StoreCommandRunner.RunAsync(":memory:", createIfMissing: true, store => RunAsync(importer, request, store, ct));
            return await StoreCommandRunner.RunAsync(stores, parse, createIfMissing: !request.DryRun, store => RunAsync(importer, request, store, ct));
        });
        return command;
    }

    private static Period? ParsePeriod(string? text) =>
        text is null ? null
        : Period.TryParse(text, out var p) ? p
        : throw new InvalidInputException("--period", $"'{text}' is not a period; expected {Period.ExpectedForms}");

    private static async Task<int> RunAsync(IDatasetImporter importer, ImportRequest request, IStore store, CancellationToken ct)
    {
        var result = await WithProgressAsync(request.DisplayName, progress => importer.ImportAsync(request, store, progress, ct));
        foreach (var w in result.Warnings) await Console.Error.WriteLineAsync(w.ToString());
        var counts = string.Join(", ", result.RowCounts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:N0} {kv.Key}")));
        await Console.Out.WriteLineAsync(result.Dataset is { } d
            ? $"imported {request.DisplayName} as dataset {d.Id} ({importer.Format}): {counts}"
            : $"dry run: {request.DisplayName} is valid ({importer.Format}): {counts}; nothing written");
        return ExitCodes.Ok;
    }

    private static async Task<T> WithProgressAsync<T>(string label, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected) return await work(new ImportProgressPrinter());
        T result = default!;
        await console.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
            result = await work(new Progress<ImportProgress>(p => task.Value = p.Fraction ?? task.Value));
            task.Value = 1.0;
        });
        return result;
    }
}
