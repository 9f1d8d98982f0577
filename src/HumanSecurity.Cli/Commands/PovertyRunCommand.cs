using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso poverty run</c>: estimates from a spec and a households CSV (plus an optional person roster).</summary>
internal static partial class PovertyRunCommand
{
    public static Command Create()
    {
        var spec = new Option<string>("--spec") { Description = "Spec YAML file, or a built-in spec name (global-mpi).", Required = true };
        var data = new Option<string>("--data") { Description = "Households CSV (one row per household; estimates are of persons)." };
        var roster = new Option<string?>("--roster") { Description = "Person roster CSV for indicators built from members." };
        var output = new Option<string>("--out") { Description = "Output directory (levels.csv, indicators.csv, changes.csv, run.json).", Required = true };
        var noSe = new Option<bool>("--no-se") { Description = "Point estimates only (skip standard errors)." };
        var minCount = new Option<int?>("--min-count") { Description = $"Suppress cells with fewer unweighted rows than this (default 0 for files, {PublishedMinCount} in store mode)." };
        var db = new Option<string?>("--db") { Description = "Store mode: the DuckDB store holding an imported survey." };
        var dataset = new Option<long?>("--dataset") { Description = "Store mode: id of the survey dataset." };
        var by = new Option<string?>("--by") { Description = "Subgroup (area) columns, comma-separated, e.g. adm1 or adm2; replaces the spec's 'over'." };
        var command = new Command("run", "Compute H, A, M0, indicator headcounts and contributions with SEs, by subgroup and round.")
        {
            spec, data, roster, output, noSe, minCount, db, dataset, by,
        };
        command.SetAction((parse, ct) =>
        {
            var dataPath = parse.GetValue(data);
            var dbPath = parse.GetValue(db);
            if (dbPath is not null)
            {
                if (parse.GetValue(dataset) is not { } id)
                    return Usage("--dataset is required with --db");
                return CommandRunner.RunAsync(() => RunStoreAsync(parse.GetValue(spec)!, dbPath, id, parse.GetValue(by), parse.GetValue(output)!,
                    !parse.GetValue(noSe), parse.GetValue(minCount) ?? PublishedMinCount, ct));
            }
            if (dataPath is null) return Usage("--data (or --db and --dataset) is required");
            return Task.FromResult(CommandRunner.Run(() => Run(parse.GetValue(spec)!, dataPath, parse.GetValue(roster), parse.GetValue(output)!,
                !parse.GetValue(noSe), parse.GetValue(minCount) ?? 0, parse.GetValue(by))));
        });
        return command;
    }

    private static PovertySpec WithBy(PovertySpec spec, string? by) => string.IsNullOrWhiteSpace(by)
        ? spec
        : spec with { Over = by.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) };

    private static Task<int> Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return Task.FromResult(ExitCodes.Usage);
    }

    private static int Run(string specPath, string dataPath, string? rosterPath, string outDir, bool standardErrors, int minCount, string? by)
    {
        var timings = new Dictionary<string, double>();
        var sw = Stopwatch.StartNew();
        var spec = WithBy(BuiltInPovertySpecs.Load(specPath), by);
        var households = SurveyCsvReader.ReadFile(dataPath);
        var persons = rosterPath is null ? null : SurveyCsvReader.ReadFile(rosterPath);
        timings["read"] = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var sample = SurveySampleBuilder.Build(spec, households, Path.GetFileName(dataPath), persons,
            rosterPath is null ? "roster" : Path.GetFileName(rosterPath));
        timings["build"] = sw.Elapsed.TotalMilliseconds;
        var result = Suppression.Apply(PovertyEstimator.Estimate(sample, spec, standardErrors), minCount, sample, out var suppressed);
        PovertyOutputWriter.Write(outDir, result, sample, spec,
            new RunInfo(Path.GetFileName(dataPath), rosterPath is null ? null : Path.GetFileName(rosterPath), minCount, suppressed, timings));
        foreach (var w in sample.Warnings) Console.Error.WriteLine(w.ToString());
        var r = sample.Retention;
        Console.WriteLine($"poverty: {r.RowsRetained} of {r.Rows} rows retained ({r.WeightedShare:P1} of weighted persons); {result.Levels.Count} levels written to {outDir}");
        if (suppressed > 0) Console.WriteLine($"poverty: {suppressed} cell(s) below {minCount} unweighted rows suppressed");
        PrintSummary(result);
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
