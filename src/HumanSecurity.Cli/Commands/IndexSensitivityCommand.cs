using System.CommandLine;
using System.Globalization;
using HumanSecurity.Formats.Models;
using HumanSecurity.Formats.Runs;
using HumanSecurity.Indices;
using HumanSecurity.Indices.Runs;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso index sensitivity</c>: Monte Carlo uncertainty analysis over declared choices, optional Sobol indices;
/// OUT/run.json is its manifest (seed, runs, choices).</summary>
internal static class IndexSensitivityCommand
{
    public static Command Create()
    {
        var options = new IndexOptions();
        var outDir = new Option<string>("--out") { Description = "Output directory: ranks.csv (and sobol.csv with --sobol), run.json.", Required = true };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs (with --sobol: base sample size N; N(d+2) model runs).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same results.", DefaultValueFactory = _ => 1 };
        var vary = new Option<string[]>("--vary") { Description = "Uncertain choice (repeatable): weights:NOISE[:LEVELS], aggregate:M1,M2, normalise:S1,S2, impute:S1,S2, treat:winmax:1-5, drop:indicators|nodes." };
        var sobol = new Option<bool>("--sobol") { Description = "Also estimate Sobol first-order (Saltelli 2010) and total-order (Jansen) indices." };
        var threads = new Option<int?>("--threads") { Description = "Maximum parallel threads (default: all cores)." };
        var command = new Command("sensitivity", "Uncertainty and sensitivity analysis of an index model.") { outDir, runs, seed, vary, sobol, threads };
        options.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var nominal = options.Build(parse, keepSteps: false);
            var choices = (parse.GetValue(vary) ?? []).Select(v =>
            {
                try { return UncertainChoice.Parse(v); }
                catch (FormatException e) { throw new UsageException(e.Message); }
            }).ToList();
            var dataPath = parse.GetValue(options.Data) ?? throw new UsageException("--data D.csv is required");
            var loaded = ModelLibrary.BuiltIn.Load(parse.GetValue(options.Model)!);
            var data = IndexDataReader.ReadFile(dataPath, loaded.Model.UnitColumn, loaded.Model.TimeColumn);
            foreach (var w in data.Warnings) Console.Error.WriteLine(w.ToString());
            var index = new IndexRequest(loaded.Model, loaded.Identity, new IndexFileSource(data, [InputFiles.Identify("data", dataPath)]))
            {
                Options = nominal,
                OptionFiles = options.WeightsFiles(parse),
            };
            var request = new SensitivityRequest(index, choices, parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(sobol)) { Threads = parse.GetValue(threads) };
            var (result, manifest) = IndexRunner.RunSensitivity(request, ct);
            var dir = parse.GetValue(outDir)!;
            Directory.CreateDirectory(dir);
            IndexOutputWriter.WriteRanks(result, Path.Combine(dir, "ranks.csv"));
            if (request.Sobol) IndexOutputWriter.WriteSobol(result, Path.Combine(dir, "sobol.csv"));
            RunManifestFile.Write(manifest, Path.Combine(dir, RunManifestFile.FileName));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.ModelRuns} model runs in {result.Seconds:F2} s ({result.ModelRuns / result.Seconds:F0} runs/s) -> {Path.Combine(dir, "ranks.csv")}"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
