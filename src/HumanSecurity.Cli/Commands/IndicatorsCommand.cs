using System.CommandLine;
using System.Text.Json;
using HumanSecurity.Indicators;
using Spectre.Console;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso indicators [--db PATH] [--json]</c>: lists the indicator catalogue.</summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var stores = new StoreSelection();
        var json = StoreOptions.Json();
        var command = new Command("indicators", "List the indicator catalogue in the store.") { json };
        stores.AddTo(command);
        command.SetAction((parse, ct) => StoreCommandRunner.RunAsync(stores, parse, createIfMissing: false, async store =>
        {
            var indicators = await store.GetIndicatorsAsync(ct);
            if (parse.GetValue(json)) await Console.Out.WriteLineAsync(JsonSerializer.Serialize(indicators.Select(ToJson), CliJson.Options));
            else WriteTable(indicators);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static object ToJson(Indicator i) => new
    {
        code = i.Code, name = i.Name, unit = i.Unit, direction = i.Direction.ToCode(), cluster = i.Cluster?.ToCode(),
        types = IndicatorVocabulary.ToCodes(i.Types), impacts = IndicatorVocabulary.ToCodes(i.Impacts), timeframe = i.Timeframe.ToCode(),
        sdg = i.SdgTarget, source = i.Source, frequency = i.UpdateFrequency, licence = i.Licence, description = i.Description,
    };

    private static void WriteTable(IReadOnlyList<Indicator> indicators)
    {
        var table = new Table().AddColumns("code", "name", "unit", "direction", "cluster", "types", "impacts", "timeframe", "sdg");
        foreach (var i in indicators)
        {
            table.AddRow(Markup.Escape(i.Code), Markup.Escape(i.Name), Markup.Escape(i.Unit), i.Direction.ToCode(), i.Cluster?.ToCode() ?? "",
                IndicatorVocabulary.ToCodes(i.Types), IndicatorVocabulary.ToCodes(i.Impacts), i.Timeframe.ToCode(), Markup.Escape(i.SdgTarget ?? ""));
        }
        CliConsole.Out().Write(table);
        Console.Out.WriteLine($"{indicators.Count} indicator(s)");
    }
}
