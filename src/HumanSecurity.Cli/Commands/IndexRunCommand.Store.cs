using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

internal static partial class IndexRunCommand
{
    private static async Task<int> RunStoreAsync(string modelPath, string dbPath, string? level, PipelineOptions pipeline, CancellationToken ct)
    {
        var model = ModelYamlReader.ReadFile(BuiltInModels.Resolve(modelPath));
        var kind = AreaKind.Admin1;
        if (level is not null && !AreaKinds.TryParse(level, out kind))
            throw new UsageException($"--level: '{level}' is not an area level; expected one of {string.Join(", ", AreaKinds.AllCodes)}");
        if (!File.Exists(dbPath)) throw new InvalidInputException(dbPath, "store file not found");
        int? year = pipeline.Period is { } p ? (int)p : null;
        try
        {
            await using var store = DuckDbStore.Open(dbPath);
            return await RunOnStoreAsync(store, model, kind, year, pipeline with { Period = null }, ct);
        }
        catch (StoreUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.StoreUnavailable;
        }
    }

    /// <summary>Runs on an open store and prints a summary (also used by tests with an in-memory store).</summary>
    internal static async Task<int> RunOnStoreAsync(IStore store, IndexModel model, AreaKind kind, int? year, PipelineOptions pipeline, CancellationToken ct)
    {
        var (run, rows, index) = await StoreIndexRunner.RunAsync(store, model, kind, year, pipeline, ct: ct);
        var top = index.Tree.Roots().FirstOrDefault();
        Console.WriteLine($"saved run {run.Id}: model {model.Name}, {index.Units.Length} {kind.ToCode()} areas, {index.Tree.IndicatorCount} indicators, {rows.Count} score rows");
        if (index.Screened.Count > 0) Console.WriteLine($"screened out {index.Screened.Count} area(s)");
        var best = Enumerable.Range(0, index.Units.Length).Where(u => !double.IsNaN(index.Scores[top][u]))
            .OrderByDescending(u => index.Scores[top][u]).Take(5).Select(u => $"{index.Units[u]} {index.Scores[top][u]:F2}");
        Console.WriteLine($"highest {index.Tree.Codes[top]}: {string.Join(", ", best)}");
        return ExitCodes.Ok;
    }
}
