using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Cli.Commands;
using HumanSecurity.Formats.Models;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Indices;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Demo;

/// <summary>The computations <c>hso demo</c> runs on the imported store, each saved as a run: the human-security index
/// at admin-2 (rolled up to admin-1, countries and the region) and the global MPI by admin-1 from the household survey.</summary>
internal static class DemoComputations
{
    public static DemoStep Index(string model, AreaKind level) => new($"compute {model} index ({level.ToCode()}, latest year)", async (context, ct) =>
    {
        var parsed = ModelYamlReader.ReadFile(BuiltInModels.Resolve(model));
        var (run, rows, index) = await StoreIndexRunner.RunAsync(context.Store, parsed, level, null, new PipelineOptions(), ct: ct);
        context.Progress?.Report(1);
        var period = rows.FirstOrDefault()?.Period ?? "";
        return string.Create(CultureInfo.InvariantCulture, $"run {run.Id}: {index.Units.Length} {level.ToCode()} areas, {index.Tree.IndicatorCount} indicators, period {period}, {rows.Count:N0} score rows");
    });

    public static DemoStep Poverty(string spec, string by) => new($"compute {spec} poverty by {by}", async (context, ct) =>
    {
        var datasets = await context.Store.GetDatasetsAsync(ct);
        var survey = datasets.LastOrDefault(d => d.Kind == DatasetKind.Survey)
            ?? throw new InvalidOperationException("no survey dataset was imported before the poverty step");
        var parsed = BuiltInPovertySpecs.Load(spec) with { Over = [by] };
        var outDir = Path.Combine(context.DataDirectory, "results", spec);
        var outcome = await PovertyRunCommand.RunOnStoreAsync(context.Store, parsed, spec, survey.Id, outDir, standardErrors: true,
            PovertyRunCommand.PublishedMinCount, "demo store", ct);
        foreach (var w in outcome.Warnings.Take(5)) context.Warnings.Add(w.ToString());
        context.Progress?.Report(1);
        var whole = outcome.Result.Levels.Where(l => l.Over == "all" && l.K == "33").ToDictionary(l => l.Measure, l => l.Value);
        return string.Create(CultureInfo.InvariantCulture,
            $"run {outcome.Run.Id}: H = {whole.GetValueOrDefault("H"):F3}, A = {whole.GetValueOrDefault("A"):F3}, M0 = {whole.GetValueOrDefault("M0"):F3} at k = 33%; {outcome.Suppressed} small cell(s) suppressed; files in {outDir}");
    });
}
