using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso index run</c>: runs a model on a data file (writes OUT/scores.csv, OUT/run.json) or on the store (saves a run).</summary>
internal static partial class IndexRunCommand
{
    public static Command Create()
    {
        var options = new IndexOptions();
        var outDir = new Option<string?>("--out") { Description = "Output directory. File mode: scores.csv, reliability.csv, analysis.json, run.json, steps/, panel/. Store mode (optional): steps/ with --keep-steps, panel/ for a panel." };
        var keep = new Option<bool>("--keep-steps") { Description = "Also write OUT/steps/<step>.csv after every step that ran (store mode too, with --out)." };
        var panel = new Option<bool>("--panel") { Description = "Score every period of panel data (or those of --period FROM:TO): file mode writes OUT/panel/; store mode saves one run per year." };
        var db = new Option<string?>("--db") { Description = "Store file (store mode; default $HSO_DB when --data is not given): read the catalogue and observations, save the run." };
        var level = new Option<string?>("--level") { Description = "Store mode: area level to score (e.g. admin1, adm2, country)." };
        var command = new Command("run", "Run an index model on a data file or on the store.") { outDir, keep, panel, db, level };
        options.AddTo(command);
        command.SetAction((parse, ct) => Task.FromResult(IndexCommand.Guard(() =>
        {
            var pipeline = options.Build(parse, parse.GetValue(keep), allowRange: true);
            var (from, to) = options.PeriodOrRange(parse);
            if (parse.GetValue(panel) && from is not null && to is null)
                throw new UsageException($"--panel scores every period; --period {from} picks one (give --period FROM:TO to limit the panel)");
            var range = parse.GetValue(panel) || to is not null ? new PeriodRange(from, to) : null;
            var modelPath = parse.GetValue(options.Model)!;
            var dataPath = parse.GetValue(options.Data);
            var dbPath = parse.GetValue(db) ?? (dataPath is null && Environment.GetEnvironmentVariable("HSO_DB") is { Length: > 0 } env ? env : null);
            if (dbPath is not null)
            {
                if (pipeline.KeepSteps && parse.GetValue(outDir) is null) throw new UsageException("--keep-steps in store mode writes the steps to --out DIR; give --out");
                return RunStoreAsync(new StoreRequest(modelPath, dbPath, parse.GetValue(level), range, parse.GetValue(outDir)), pipeline, ct).GetAwaiter().GetResult();
            }
            if (dataPath is null) throw new UsageException("give --data D.csv (file mode) or --db DB (store mode; default $HSO_DB)");
            var dir = parse.GetValue(outDir) ?? throw new UsageException("--out DIR is required in file mode");
            return range is null ? RunFile(modelPath, dataPath, dir, pipeline) : RunFilePanel(modelPath, dataPath, dir, pipeline, range);
        })));
        return command;
    }

    private static int RunFile(string modelPath, string dataPath, string dir, PipelineOptions pipeline)
    {
        var model = ReadFileModel(modelPath);
        var data = IndexDataReader.ReadFile(dataPath, model.UnitColumn, model.TimeColumn);
        foreach (var w in data.Warnings) Console.Error.WriteLine(w.ToString());
        var run = IndexPipeline.Run(model, data, pipeline);
        WriteRun(run, dir, pipeline, Hash(modelPath), Hash(dataPath), Parameters(pipeline));
        Console.WriteLine($"scored {run.Units.Length} units on {run.Tree.NodeCount} nodes ({run.Tree.IndicatorCount} indicators) -> {Path.Combine(dir, "scores.csv")}");
        if (run.Screened.Count > 0) Console.WriteLine($"screened out {run.Screened.Count} unit(s): {string.Join(", ", run.Screened)}");
        return ExitCodes.Ok;
    }

    private static IndexModel ReadFileModel(string modelPath)
    {
        var model = ModelYamlReader.ReadFile(BuiltInModels.Resolve(modelPath));
        if (model.FromCatalogue)
            throw new InvalidInputException(Path.GetFileName(modelPath), "this model takes its indicators from the store's catalogue (indicators: {from_catalogue: true}); run it with --db");
        return model;
    }

    /// <summary>Writes one run's documented outputs: scores.csv, reliability.csv, analysis.json, run.json and (kept) steps/.</summary>
    private static void WriteRun(IndexRun run, string dir, PipelineOptions pipeline, string modelHash, string dataHash, JsonObject parameters)
    {
        Directory.CreateDirectory(dir);
        IndexOutputWriter.WriteScores(run, Path.Combine(dir, "scores.csv"));
        IndexOutputWriter.WriteReliability(run, Path.Combine(dir, "reliability.csv"));
        IndexAnalysisWriter.Write(run, Path.Combine(dir, "analysis.json"));
        if (pipeline.KeepSteps) IndexOutputWriter.WriteSteps(run, Path.Combine(dir, "steps"));
        IndexOutputWriter.WriteRunJson(run, Path.Combine(dir, "run.json"), modelHash, dataHash, VersionInfoCommand.EngineVersion, parameters);
    }

    internal static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    internal static JsonObject Parameters(PipelineOptions o)
    {
        var byLevel = new JsonObject();
        foreach (var (k, v) in o.AggregateByLevel) byLevel[k.ToString(System.Globalization.CultureInfo.InvariantCulture)] = v.ToString();
        var weights = new JsonObject();
        foreach (var (k, v) in o.Weights) weights[k] = v;
        return new JsonObject
        {
            ["normalise"] = o.Normalise?.ToString(),
            ["aggregate"] = o.Aggregate?.ToString(),
            ["aggregate_by_level"] = byLevel,
            ["weights"] = weights,
            ["treat"] = o.Treat?.ToString(),
            ["impute"] = o.Impute?.ToString(),
            ["denominate"] = o.Denominate,
            ["screen"] = o.Screen,
            ["period"] = o.Period,
        };
    }
}
