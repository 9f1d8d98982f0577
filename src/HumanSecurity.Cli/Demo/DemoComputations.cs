using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Formats.Models;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Poverty.Runs;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Demo;

/// <summary>The computations <c>hso demo</c> runs on the imported store, each through its Core runner and saved with its
/// manifest: the human-security index at admin-2 (rolled up to admin-1, countries and the region) and the global MPI by
/// admin-1 from the household survey.</summary>
internal static class DemoComputations
{
    public static DemoStep Index(string model, AreaKind level) => new($"compute {model} index ({level.ToCode()}, latest year)", async (context, ct) =>
    {
        var loaded = ModelLibrary.BuiltIn.Load(model);
        var result = await IndexRunner.RunAsync(new IndexRequest(loaded.Model, loaded.Identity, new IndexStoreSource(context.Store, level)), ct);
        var run = (await RunRecorder.SaveAsync(context.Store, result.Outputs, ct))[0];
        context.Progress?.Report(1);
        var m = result.Manifest;
        return string.Create(CultureInfo.InvariantCulture,
            $"run {run.Id}: {m.Counts.Units} {level.ToCode()} areas, {m.Counts.Indicators} indicators, period {string.Join(",", m.Periods)}, {m.Counts.ScoreRows:N0} score rows");
    });

    public static DemoStep Poverty(string spec, string by) => new($"compute {spec} poverty by {by}", async (context, ct) =>
    {
        var datasets = await context.Store.GetDatasetsAsync(ct);
        var survey = datasets.LastOrDefault(d => d.Kind == DatasetKind.Survey)
            ?? throw new InvalidOperationException("no survey dataset was imported before the poverty step");
        var loaded = BuiltInPovertySpecs.Resolve(spec);
        var request = new PovertyRequest(loaded.Spec with { Over = [by] }, loaded.Identity, new PovertyStoreSource(context.Store, survey.Id) { StoreLabel = "demo store" })
        {
            MinCount = PovertyRunner.PublishedMinCount,
        };
        var result = await PovertyRunner.RunAsync(request, ct);
        var outDir = Path.Combine(context.DataDirectory, "results", spec);
        PovertyOutputWriter.Write(outDir, result.Result, result.Sample, result.Manifest);
        var run = (await RunRecorder.SaveAsync(context.Store, [result.Output], ct))[0];
        foreach (var w in result.Sample.Warnings.Take(5)) context.Warnings.Add(w.ToString());
        context.Progress?.Report(1);
        var whole = result.Result.Levels.Where(l => l.Over == "all" && l.K == "33").ToDictionary(l => l.Measure, l => l.Value);
        return string.Create(CultureInfo.InvariantCulture,
            $"run {run.Id}: H = {whole.GetValueOrDefault("H"):F3}, A = {whole.GetValueOrDefault("A"):F3}, M0 = {whole.GetValueOrDefault("M0"):F3} at k = 33%; {result.Suppressed} small cell(s) suppressed; files in {outDir}");
    });
}
