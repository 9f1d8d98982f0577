using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

internal static partial class PovertyRunCommand
{
    /// <summary>Store mode: estimates on a survey dataset, writes the files to --out and saves the run with its manifest.</summary>
    private static async Task<int> RunStoreAsync(RunArgs args, string dbPath, long datasetId, int minCount, CancellationToken ct)
    {
        var loaded = Load(args);
        return await StoreCommandRunner.RunAsync(dbPath, createIfMissing: false, async store =>
        {
            var source = new PovertyStoreSource(store, datasetId) { StoreLabel = Path.GetFileName(dbPath) };
            var run = await PovertyRunner.RunAsync(new PovertyRequest(loaded.Spec, loaded.Identity, source) { StandardErrors = args.StandardErrors, MinCount = minCount }, ct);
            PovertyOutputWriter.Write(args.OutDir, run.Result, run.Sample, run.Manifest);
            var saved = (await RunRecorder.SaveAsync(store, [run.Output], ct))[0];
            foreach (var w in run.Sample.Warnings) await Console.Error.WriteLineAsync(w.ToString());
            var r = run.Sample.Retention;
            Console.WriteLine($"poverty: dataset {datasetId}: {r.RowsRetained} of {r.Rows} households retained; run {saved.Id} saved; results in {args.OutDir}");
            Console.WriteLine($"poverty: published cells need at least {minCount} unweighted households; {run.Suppressed} cell(s) suppressed");
            PrintSummary(run.Result);
            return ExitCodes.Ok;
        });
    }
}
