using System.CommandLine;
using HumanSecurity.Formats.Models;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso index from-coinr --data iData.csv --meta iMeta.csv --out DIR</c>: writes DIR/model.yaml and DIR/data.csv.</summary>
internal static class IndexFromCoinrCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "COINr iData CSV (uCode, uName, groups, Time, denominators, indicators).", Required = true };
        var meta = new Option<string>("--meta") { Description = "COINr iMeta CSV (Level, iCode, iName, Direction, Weight, Parent, Type, ...).", Required = true };
        var outDir = new Option<string>("--out") { Description = "Directory to write model.yaml and data.csv into.", Required = true };
        var command = new Command("from-coinr", "Convert COINr's iData/iMeta into a model file and a data file.") { data, meta, outDir };
        command.SetAction(parse =>
        {
            var (model, csv) = CoinrImporter.Import(parse.GetValue(data)!, parse.GetValue(meta)!);
            var dir = parse.GetValue(outDir)!;
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "model.yaml"), ModelYamlWriter.Write(model));
            File.WriteAllText(Path.Combine(dir, "data.csv"), csv);
            Console.WriteLine($"wrote {Path.Combine(dir, "model.yaml")} ({model.Indicators.Count} indicators, {model.Nodes.Count} aggregates) and {Path.Combine(dir, "data.csv")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
