using System.CommandLine;
using HumanSecurity.Areas;
using HumanSecurity.Formats.Models;
using HumanSecurity.Formats.Runs;
using HumanSecurity.Indices;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso index run</c>: parses the options into one <see cref="IndexRequest"/> (data file or store), calls
/// <see cref="IndexRunner"/>, and writes OUT/scores.csv, OUT/run.json (the manifest) and the other outputs (file mode) or saves the run with
/// its manifest (store mode).</summary>
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
        command.SetAction((parse, ct) =>
        {
            var pipeline = options.Build(parse, parse.GetValue(keep), allowRange: true);
            var (from, to) = options.PeriodOrRange(parse);
            if (parse.GetValue(panel) && from is not null && to is null)
                throw new UsageException($"--panel scores every period; --period {from} picks one (give --period FROM:TO to limit the panel)");
            var range = parse.GetValue(panel) || to is not null ? new PeriodRange(from, to) : null;
            var dataPath = parse.GetValue(options.Data);
            var dbPath = parse.GetValue(db) ?? (dataPath is null && Environment.GetEnvironmentVariable("HSO_DB") is { Length: > 0 } env ? env : null);
            var run = new RunArgs(parse.GetValue(options.Model)!, pipeline, range, options.WeightsFiles(parse), parse.GetValue(outDir));
            if (dbPath is not null) return RunStoreAsync(run, dbPath, StoreLevel(parse.GetValue(level)), ct);
            if (dataPath is null) throw new UsageException("give --data D.csv (file mode) or --db DB (store mode; default $HSO_DB)");
            if (run.OutDir is null) throw new UsageException("--out DIR is required in file mode");
            return RunFileAsync(run, dataPath, ct);
        });
        return command;
    }

    /// <summary>What both modes take from the command line.</summary>
    private sealed record RunArgs(string Model, PipelineOptions Pipeline, PeriodRange? Panel, IReadOnlyList<InputFile> OptionFiles, string? OutDir);

    private static AreaKind StoreLevel(string? level) =>
        level is null ? AreaKind.Admin1
        : AreaKinds.TryParse(level, out var kind) ? kind
        : throw new UsageException($"--level: '{level}' is not an area level; expected one of {string.Join(", ", AreaKinds.AllCodes)}");

    private static async Task<int> RunFileAsync(RunArgs args, string dataPath, CancellationToken ct)
    {
        var loaded = ModelLibrary.BuiltIn.Load(args.Model);
        var data = IndexDataReader.ReadFile(dataPath, loaded.Model.UnitColumn, loaded.Model.TimeColumn);
        foreach (var w in data.Warnings) Console.Error.WriteLine(w.ToString());
        var request = new IndexRequest(loaded.Model, loaded.Identity, new IndexFileSource(data, [InputFiles.Identify("data", dataPath)]))
        {
            Options = args.Pipeline,
            Panel = args.Panel,
            OptionFiles = args.OptionFiles,
        };
        var result = await IndexRunner.RunAsync(request, ct);
        var dir = args.OutDir!;
        WriteRun(result.Run, result.Manifest, dir, args.Pipeline.KeepSteps);
        if (result.Panel is { } panel)
        {
            WritePanel(panel, Path.Combine(dir, "panel"), args.Pipeline.KeepSteps);
            Console.WriteLine($"scored {panel.Runs.Count} periods ({result.Manifest.Periods[0]}-{result.Manifest.Periods[^1]}) of {panel.Latest.Units.Length} units -> {Path.Combine(dir, "panel")}");
            PrintPerPeriod(panel, args.Pipeline);
            return ExitCodes.Ok;
        }
        var run = result.Run;
        Console.WriteLine($"scored {run.Units.Length} units on {run.Tree.NodeCount} nodes ({run.Tree.IndicatorCount} indicators) -> {Path.Combine(dir, "scores.csv")}");
        if (run.Screened.Count > 0) Console.WriteLine($"screened out {run.Screened.Count} unit(s): {string.Join(", ", run.Screened)}");
        return ExitCodes.Ok;
    }

    /// <summary>Writes one run's documented outputs: scores.csv, reliability.csv, analysis.json, run.json and (kept) steps/.</summary>
    private static void WriteRun(IndexRun run, RunManifest manifest, string dir, bool keepSteps)
    {
        Directory.CreateDirectory(dir);
        IndexOutputWriter.WriteScores(run, Path.Combine(dir, "scores.csv"));
        IndexOutputWriter.WriteReliability(run, Path.Combine(dir, "reliability.csv"));
        IndexAnalysisWriter.Write(run, Path.Combine(dir, "analysis.json"));
        if (keepSteps) IndexOutputWriter.WriteSteps(run, Path.Combine(dir, "steps"));
        RunManifestFile.Write(manifest, Path.Combine(dir, RunManifestFile.FileName));
    }
}
