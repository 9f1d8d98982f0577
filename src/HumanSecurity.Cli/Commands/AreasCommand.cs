using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HumanSecurity.Areas;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso areas [--db PATH] [--kind admin1] [--json]</c>: lists the gazetteer with latest populations; <c>--json</c>
/// also gives each area's names by language (<c>alternate_names</c>) and validity (<c>valid_from</c>, <c>valid_to</c>).</summary>
internal static class AreasCommand
{
    public static Command Create()
    {
        var stores = new StoreSelection();
        var kind = new Option<string?>("--kind") { Description = "Only areas of this kind: " + string.Join(", ", AreaKinds.AllCodes) };
        var json = StoreOptions.Json();
        var command = new Command("areas", "List the areas in the store.") { kind, json };
        stores.AddTo(command);
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(stores, parse, createIfMissing: false, async store =>
        {
            AreaKind? only = null;
            if (parse.GetValue(kind) is { } k)
            {
                if (!AreaKinds.TryParse(k, out var parsed))
                    throw new InvalidInputException("--kind", $"'{k}' is not an area kind; expected one of {string.Join(", ", AreaKinds.AllCodes)}");
                only = parsed;
            }
            var areas = (await store.GetAreasAsync(ct)).Where(a => only is null || a.Kind == only).ToList();
            if (parse.GetValue(json)) await WriteJsonAsync(areas);
            else WriteTable(areas);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task WriteJsonAsync(IReadOnlyList<Area> areas)
    {
        var rows = areas.Select(a => new
        {
            code = a.Code, name = a.Name, kind = a.Kind.ToCode(), parent = a.ParentCode,
            populations = a.Populations.Select(p => new { period = p.Period.ToString(), population = p.Population }),
            alternate_names = new SortedDictionary<string, string>(a.AlternateNames.ToDictionary(), StringComparer.Ordinal),
            valid_from = a.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            valid_to = a.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
    }

    private static void WriteTable(IReadOnlyList<Area> areas)
    {
        var table = new Table().AddColumns("code", "name", "kind", "parent", "population", "period");
        foreach (var a in areas)
        {
            var latest = a.Populations.Count > 0 ? a.Populations[^1] : null;
            table.AddRow(Markup.Escape(a.Code), Markup.Escape(a.Name), a.Kind.ToCode(), Markup.Escape(a.ParentCode ?? ""),
                latest?.Population.ToString("N0", CultureInfo.InvariantCulture) ?? "", latest?.Period.ToString() ?? "");
        }
        CliConsole.Out().Write(table);
        Console.Out.WriteLine($"{areas.Count} area(s)");
    }
}
