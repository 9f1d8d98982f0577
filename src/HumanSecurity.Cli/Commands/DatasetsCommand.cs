using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso datasets [--db PATH]</c>: lists every import with its provenance.</summary>
internal static class DatasetsCommand
{
    public static Command Create()
    {
        var stores = new StoreSelection();
        var command = new Command("datasets", "List the imported datasets (file, SHA-256, time, rows).");
        stores.AddTo(command);
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(stores, parse, createIfMissing: false, async store =>
        {
            var datasets = await store.GetDatasetsAsync(ct);
            var table = new Table().AddColumns("id", "kind", "file", "rows", "imported (UTC)", "sha256");
            foreach (var d in datasets)
            {
                table.AddRow(d.Id.ToString(CultureInfo.InvariantCulture), d.Kind.ToString().ToLowerInvariant(), Markup.Escape(d.SourceFile),
                    d.RowCount.ToString("N0", CultureInfo.InvariantCulture), d.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    d.Sha256[..Math.Min(12, d.Sha256.Length)]);
            }
            CliConsole.Out().Write(table);
            await Console.Out.WriteLineAsync($"{datasets.Count} dataset(s)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
