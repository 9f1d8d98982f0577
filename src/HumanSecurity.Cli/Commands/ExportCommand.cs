using System.CommandLine;
using HumanSecurity.Formats.Export;
using HumanSecurity.Observations;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso export --format hxl|sdmx-csv|sdmx-json|geojson|iati [--indicator I]... [--area A]... [--from P]
/// [--to P] [--totals] [--run ID] [--db PATH] --out FILE</c>: writes store content in an exchange format.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "hxl, sdmx-csv, sdmx-json (observations), geojson (areas, scores with --run), iati (programmes)", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Output file", Required = true };
        var stores = new StoreSelection();
        var indicator = new Option<string[]>("--indicator") { Description = "Only these indicators (repeatable)", AllowMultipleArgumentsPerToken = true };
        var area = new Option<string[]>("--area") { Description = "Only these areas (repeatable)", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "First period, e.g. 2020" };
        var to = new Option<string?>("--to") { Description = "Last period, e.g. 2024-Q4" };
        var totals = new Option<bool>("--totals") { Description = "Only totals (no disaggregations)" };
        var run = new Option<long?>("--run") { Description = "Export this run's results: scores on GeoJSON features, or scores as observations for hxl/sdmx-*" };
        var command = new Command("export", "Write observations, areas or programmes from the store as HXL, SDMX, GeoJSON or IATI.")
        {
            format, output, indicator, area, from, to, totals, run,
        };
        stores.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var request = new ExportRequest(parse.GetValue(format)!.ToLowerInvariant(), parse.GetValue(output)!.FullName)
            {
                Indicators = parse.GetValue(indicator) is { Length: > 0 } i ? i : null,
                Areas = parse.GetValue(area) is { Length: > 0 } a ? a : null,
                From = ParsePeriod("--from", parse.GetValue(from)),
                To = ParsePeriod("--to", parse.GetValue(to)),
                TotalsOnly = parse.GetValue(totals),
                RunId = parse.GetValue(run),
            };
            return await StoreCommandRunner.RunAsync(stores, parse, createIfMissing: false, async store =>
            {
                var count = await StoreExporter.ExportAsync(store, request, ct);
                await Console.Out.WriteLineAsync($"exported {count} record(s) as {request.Format} to {Path.GetFileName(request.OutPath)}");
                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    private static Period? ParsePeriod(string option, string? text) =>
        text is null ? null
        : Period.TryParse(text, out var p) ? p
        : throw new InvalidInputException(option, $"'{text}' is not a period; expected {Period.ExpectedForms}");
}
