using HumanSecurity.Areas;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>Store mode arguments: model, store, area level, panel years (null = one year) and where kept steps go.</summary>
internal sealed record StoreRequest(string ModelPath, StoreLocation Store, string? Level, PeriodRange? Panel, string? OutDir);

internal static partial class IndexRunCommand
{
    private static async Task<int> RunStoreAsync(StoreRequest request, PipelineOptions pipeline, CancellationToken ct)
    {
        var model = ModelYamlReader.ReadFile(BuiltInModels.Resolve(request.ModelPath));
        var kind = AreaKind.Admin1;
        if (request.Level is { } level && !AreaKinds.TryParse(level, out kind))
            throw new UsageException($"--level: '{level}' is not an area level; expected one of {string.Join(", ", AreaKinds.AllCodes)}");
        if (request.Panel is { } range && (range.From is not { } f || range.To is not { } t || f != Math.Floor(f) || t != Math.Floor(t)))
            throw new UsageException("store mode: give the panel's years as --period FROM:TO (whole years, e.g. --period 2019:2025)");
        if (!request.Store.IsClickHouse && !File.Exists(request.Store.DbPath)) throw new InvalidInputException(request.Store.DbPath, "store file not found");
        int? year = pipeline.Period is { } p ? (int)p : null;
        try
        {
            await using var store = await StoreOpener.OpenAsync(request.Store, createIfMissing: false, ct);
            if (request.Panel is { From: { } from, To: { } to })
                return await RunPanelOnStoreAsync(store, model, kind, ((int)from, (int)to), pipeline, request.OutDir, ct);
            return await RunOnStoreAsync(store, model, kind, year, pipeline with { Period = null }, ct, request.OutDir);
        }
        catch (StoreUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.StoreUnavailable;
        }
    }

    /// <summary>Runs on an open store and prints a summary (also used by tests with an in-memory store).</summary>
    internal static async Task<int> RunOnStoreAsync(IStore store, IndexModel model, AreaKind kind, int? year, PipelineOptions pipeline, CancellationToken ct,
        string? outDir = null)
    {
        var (run, rows, index) = await StoreIndexRunner.RunAsync(store, model, kind, year, pipeline, ct: ct);
        Console.WriteLine($"saved run {run.Id}: model {model.Name}, {index.Units.Length} {kind.ToCode()} areas, {index.Tree.IndicatorCount} indicators, {rows.Count} score rows");
        if (index.Screened.Count > 0) Console.WriteLine($"screened out {index.Screened.Count} area(s)");
        PrintHighest(index);
        if (pipeline.KeepSteps && outDir is not null) WriteStoreSteps(index, outDir);
        return ExitCodes.Ok;
    }

    /// <summary>A panel on the store: one saved run per year, in ascending order (the latest run is the latest year).</summary>
    internal static async Task<int> RunPanelOnStoreAsync(IStore store, IndexModel model, AreaKind kind, (int From, int To) years, PipelineOptions pipeline,
        string? outDir, CancellationToken ct)
    {
        var (saved, panel) = await StoreIndexRunner.RunPanelAsync(store, model, kind, years.From, years.To, pipeline with { Period = null }, ct: ct);
        foreach (var (run, rows) in saved)
            Console.WriteLine($"saved run {run.Id}: model {model.Name}, {kind.ToCode()} areas, {rows.Count} score rows");
        Console.WriteLine($"panel {years.From}-{years.To}: {saved.Count} runs, normalised on bounds pooled over the years");
        PrintPerPeriod(panel, pipeline);
        PrintHighest(panel.Latest);
        if (outDir is null) return ExitCodes.Ok;
        WritePanel(panel, Path.Combine(outDir, "panel"), pipeline);
        Console.WriteLine($"panel scores, trends and changes -> {Path.Combine(outDir, "panel")}");
        if (pipeline.KeepSteps) WriteStoreSteps(panel.Latest, outDir);
        return ExitCodes.Ok;
    }

    private static void WriteStoreSteps(IndexRun run, string outDir)
    {
        IndexOutputWriter.WriteSteps(run, Path.Combine(outDir, "steps"));
        Console.WriteLine($"steps -> {Path.Combine(outDir, "steps")}");
    }

    private static void PrintHighest(IndexRun index)
    {
        var top = index.Tree.Roots().FirstOrDefault();
        var best = Enumerable.Range(0, index.Units.Length).Where(u => !double.IsNaN(index.Scores[top][u]))
            .OrderByDescending(u => index.Scores[top][u]).Take(5).Select(u => $"{index.Units[u]} {index.Scores[top][u]:F2}");
        Console.WriteLine($"highest {index.Tree.Codes[top]}: {string.Join(", ", best)}");
    }
}
