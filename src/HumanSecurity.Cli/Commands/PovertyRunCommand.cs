using System.CommandLine;
using System.Globalization;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Formats.Runs;
using HumanSecurity.Poverty;
using HumanSecurity.Poverty.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso poverty run</c>: parses the options into one <see cref="PovertyRequest"/> (household CSV plus optional
/// roster, or a store survey dataset), calls <see cref="PovertyRunner"/>, writes the output files (run.json = the
/// manifest) and, in store mode, saves the run.</summary>
internal static partial class PovertyRunCommand
{
    public static Command Create()
    {
        var spec = new Option<string>("--spec") { Description = "Spec YAML file, or a built-in spec name (global-mpi).", Required = true };
        var data = new Option<string>("--data") { Description = "Households CSV (one row per household; estimates are of persons)." };
        var roster = new Option<string?>("--roster") { Description = "Person roster CSV for indicators built from members." };
        var output = new Option<string>("--out") { Description = "Output directory (levels.csv, indicators.csv, changes.csv, run.json).", Required = true };
        var noSe = new Option<bool>("--no-se") { Description = "Point estimates only (skip standard errors)." };
        var minCount = new Option<int?>("--min-count") { Description = $"Suppress cells with fewer unweighted rows than this (default 0 for files, {PovertyRunner.PublishedMinCount} in store mode)." };
        var db = new Option<string?>("--db") { Description = "Store mode: the DuckDB store holding an imported survey." };
        var dataset = new Option<long?>("--dataset") { Description = "Store mode: id of the survey dataset." };
        var by = new Option<string?>("--by") { Description = "Subgroup (area) columns, comma-separated, e.g. adm1 or adm2; replaces the spec's 'over'." };
        var command = new Command("run", "Compute H, A, M0, indicator headcounts and contributions with SEs, by subgroup and round.")
        {
            spec, data, roster, output, noSe, minCount, db, dataset, by,
        };
        command.SetAction((parse, ct) =>
        {
            var args = new RunArgs(parse.GetValue(spec)!, parse.GetValue(by), parse.GetValue(output)!, !parse.GetValue(noSe));
            if (parse.GetValue(db) is { } dbPath)
            {
                if (parse.GetValue(dataset) is not { } id) throw new UsageException("--dataset is required with --db");
                return RunStoreAsync(args, dbPath, id, parse.GetValue(minCount) ?? PovertyRunner.PublishedMinCount, ct);
            }
            var dataPath = parse.GetValue(data) ?? throw new UsageException("--data (or --db and --dataset) is required");
            return RunFileAsync(args, dataPath, parse.GetValue(roster), parse.GetValue(minCount) ?? 0, ct);
        });
        return command;
    }

    /// <summary>What both modes take from the command line.</summary>
    private sealed record RunArgs(string Spec, string? By, string OutDir, bool StandardErrors);

    /// <summary>The spec with its identity, <c>over</c> replaced by <c>--by</c> when given.</summary>
    private static LoadedSpec Load(RunArgs args)
    {
        var loaded = BuiltInPovertySpecs.Resolve(args.Spec);
        if (string.IsNullOrWhiteSpace(args.By)) return loaded;
        return loaded with { Spec = loaded.Spec with { Over = args.By.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) } };
    }

    private static async Task<int> RunFileAsync(RunArgs args, string dataPath, string? rosterPath, int minCount, CancellationToken ct)
    {
        var loaded = Load(args);
        var files = new List<InputFile> { InputFiles.Identify("households", dataPath) };
        if (rosterPath is not null) files.Add(InputFiles.Identify("roster", rosterPath));
        var source = new PovertyFileSource(SurveyCsvReader.ReadFile(dataPath), Path.GetFileName(dataPath), files)
        {
            Persons = rosterPath is null ? null : SurveyCsvReader.ReadFile(rosterPath),
            PersonsName = rosterPath is null ? null : Path.GetFileName(rosterPath),
        };
        var run = await PovertyRunner.RunAsync(new PovertyRequest(loaded.Spec, loaded.Identity, source) { StandardErrors = args.StandardErrors, MinCount = minCount }, ct);
        PovertyOutputWriter.Write(args.OutDir, run.Result, run.Sample, run.Manifest);
        foreach (var w in run.Sample.Warnings) Console.Error.WriteLine(w.ToString());
        var r = run.Sample.Retention;
        Console.WriteLine($"poverty: {r.RowsRetained} of {r.Rows} rows retained ({r.WeightedShare:P1} of weighted persons); {run.Result.Levels.Count} levels written to {args.OutDir}");
        if (run.Suppressed > 0) Console.WriteLine($"poverty: {run.Suppressed} cell(s) below {minCount} unweighted rows suppressed");
        PrintSummary(run.Result);
        return ExitCodes.Ok;
    }

    /// <summary>H, A and M0 of the whole population per round and k, one line each.</summary>
    internal static void PrintSummary(PovertyResult result)
    {
        foreach (var g in result.Levels.Where(l => l.Over == "all").GroupBy(l => (l.Round, l.K)))
        {
            var parts = g.Select(l => string.Create(CultureInfo.InvariantCulture,
                $"{l.Measure} = {l.Value:F4}{(double.IsNaN(l.Se) ? "" : $" (se {l.Se:F4})")}"));
            Console.WriteLine($"  {(g.Key.Round.Length > 0 ? $"t = {g.Key.Round}, " : "")}k = {g.Key.K}: {string.Join(", ", parts)}");
        }
    }
}
