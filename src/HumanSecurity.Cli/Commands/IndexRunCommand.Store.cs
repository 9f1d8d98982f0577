using HumanSecurity.Areas;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

internal static partial class IndexRunCommand
{
    /// <summary>Store mode: usage is checked before the store is opened; the runs are saved with their manifests.</summary>
    private static async Task<int> RunStoreAsync(RunArgs args, string dbPath, AreaKind level, CancellationToken ct)
    {
        if (args.Pipeline.KeepSteps && args.OutDir is null) throw new UsageException("--keep-steps in store mode writes the steps to --out DIR; give --out");
        if (args.Panel is { } range && (range.From is not { } f || range.To is not { } t || f != Math.Floor(f) || t != Math.Floor(t)))
            throw new UsageException("store mode: give the panel's years as --period FROM:TO (whole years, e.g. --period 2019:2025)");
        if (args.Pipeline.Period is { } p && p != Math.Floor(p)) throw new UsageException($"--period: store mode scores whole years; '{p}' is not one");
        int? year = args.Pipeline.Period is { } y ? (int)y : null;
        var loaded = ModelLibrary.BuiltIn.Load(args.Model);
        return await StoreCommandRunner.RunAsync(dbPath, createIfMissing: false, async store =>
        {
            var source = new IndexStoreSource(store, level) { Year = year };
            var request = new IndexRequest(loaded.Model, loaded.Identity, source) { Options = args.Pipeline, Panel = args.Panel, OptionFiles = args.OptionFiles };
            var result = await IndexRunner.RunAsync(request, ct);
            var saved = await RunRecorder.SaveAsync(store, result.Outputs, ct);
            Report(result, saved, level, args);
            return ExitCodes.Ok;
        });
    }

    private static void Report(IndexResult result, IReadOnlyList<Storage.RunRecord> saved, AreaKind level, RunArgs args)
    {
        var run = result.Run;
        for (var k = 0; k < saved.Count; k++)
        {
            var m = result.Outputs[k].Manifest;
            Console.WriteLine($"saved run {saved[k].Id}: model {m.Model.Name}, {m.Counts.Units} {level.ToCode()} areas, {m.Counts.Indicators} indicators, period {string.Join(",", m.Periods)}, {m.Counts.ScoreRows} score rows");
        }
        if (result.Panel is { } panel)
        {
            Console.WriteLine($"panel {result.Outputs[0].Manifest.Periods[0]}-{result.Manifest.Periods[^1]}: {saved.Count} runs, normalised on bounds pooled over the years");
            PrintPerPeriod(panel, args.Pipeline);
        }
        if (run.Screened.Count > 0) Console.WriteLine($"screened out {run.Screened.Count} area(s)");
        PrintHighest(run);
        if (args.OutDir is null) return;
        if (result.Panel is { } p)
        {
            WritePanel(p, Path.Combine(args.OutDir, "panel"), args.Pipeline.KeepSteps);
            Console.WriteLine($"panel scores, trends and changes -> {Path.Combine(args.OutDir, "panel")}");
        }
        if (!args.Pipeline.KeepSteps) return;
        IndexOutputWriter.WriteSteps(run, Path.Combine(args.OutDir, "steps"));
        Console.WriteLine($"steps -> {Path.Combine(args.OutDir, "steps")}");
    }

    private static void PrintHighest(IndexRun index)
    {
        var top = index.Tree.Roots().FirstOrDefault();
        var best = Enumerable.Range(0, index.Units.Length).Where(u => !double.IsNaN(index.Scores[top][u]))
            .OrderByDescending(u => index.Scores[top][u]).Take(5).Select(u => $"{index.Units[u]} {index.Scores[top][u]:F2}");
        Console.WriteLine($"highest {index.Tree.Codes[top]}: {string.Join(", ", best)}");
    }
}
