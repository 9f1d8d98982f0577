using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Cli.Commands;
using HumanSecurity.DuckDb;
using HumanSecurity.Demo;
using HumanSecurity.Storage;
using Spectre.Console;

namespace HumanSecurity.Cli.Demo;

/// <summary>Runs <c>hso demo</c>: generate the data (when absent), recreate the store, run every
/// <see cref="DemoSteps"/> step with a progress line, print the summary.</summary>
internal static class DemoRunner
{
    /// <summary>Ensures the demo data exists for <paramref name="seed"/>; returns whether it was generated now.</summary>
    public static bool EnsureData(string directory, int seed)
    {
        if (DemoDataGenerator.IsComplete(directory) && DemoDataGenerator.ReadSeed(directory) == seed)
        {
            Console.WriteLine($"using synthetic demo data in {directory} (seed {seed})");
            return false;
        }
        Console.WriteLine($"generating synthetic demo data in {directory} (seed {seed}) ...");
        var watch = Stopwatch.StartNew();
        var summary = DemoDataGenerator.Generate(directory, seed);
        Console.WriteLine($"  done in {watch.Elapsed.TotalSeconds:F1} s: {summary.Admin2} admin-2 areas, {summary.Observations:N0} observations, {summary.Households:N0} survey households");
        return true;
    }

    /// <summary>Deletes the store file when it is a store nobody else holds (opening it first proves both), then creates
    /// a fresh one.</summary>
    public static DuckDbStore RecreateStore(string path)
    {
        if (File.Exists(path))
        {
            DuckDbStore.Open(path).DisposeAsync().AsTask().GetAwaiter().GetResult();
            File.Delete(path);
            File.Delete(path + ".wal");
        }
        return DuckDbStore.Open(path);
    }

    /// <summary>Runs every step: a Spectre progress bar per step on an interactive terminal, one plain line per step
    /// otherwise.</summary>
    public static async Task RunStepsAsync(IStore store, string dataDirectory, CancellationToken cancellationToken)
    {
        var console = CliConsole.Out();
        if (!console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            foreach (var step in DemoSteps.All)
            {
                var watch = Stopwatch.StartNew();
                Console.Write($"{step.Label} ... ");
                var context = new DemoContext(store, dataDirectory);
                var report = await step.RunAsync(context, cancellationToken);
                Console.WriteLine($"{report} in {watch.Elapsed.TotalSeconds:F1} s");
                foreach (var w in context.Warnings) await Console.Error.WriteLineAsync(w);
            }
            return;
        }
        var reports = new List<string>();
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                foreach (var step in DemoSteps.All)
                {
                    var task = ctx.AddTask(Markup.Escape(step.Label), maxValue: 1);
                    var context = new DemoContext(store, dataDirectory, new SynchronousProgress<double>(f => task.Value = f));
                    reports.Add($"{step.Label}: {await step.RunAsync(context, cancellationToken)}");
                    reports.AddRange(context.Warnings);
                    task.Value = 1;
                    task.StopTask();
                }
            });
        foreach (var line in reports) Console.WriteLine(line);
    }

    public static async Task PrintSummaryAsync(IStore store, string label, CancellationToken cancellationToken)
    {
        var s = await store.GetSummaryAsync(cancellationToken);
        string Kind(AreaKind k) => s.AreasByKind.GetValueOrDefault(k).ToString("N0", CultureInfo.InvariantCulture);
        Console.WriteLine($"store {label} (schema {s.SchemaVersion}, {s.Datasets} datasets):");
        Console.WriteLine($"  areas:        {s.Areas:N0} ({Kind(AreaKind.Region)} region, {Kind(AreaKind.Country)} countries, {Kind(AreaKind.Admin1)} admin-1, {Kind(AreaKind.Admin2)} admin-2)");
        Console.WriteLine($"  indicators:   {s.Indicators:N0}");
        Console.WriteLine($"  observations: {s.Observations:N0}");
        var surveyNote = s.SurveyHouseholds == 0 && !DemoSteps.ImportsSurvey ? " (the survey files are generated but not imported: no survey importer yet)" : "";
        Console.WriteLine($"  survey:       {s.SurveyHouseholds:N0} households, {s.SurveyPersons:N0} persons{surveyNote}");
        Console.WriteLine($"  boundaries:   {(await store.GetGeometriesAsync(cancellationToken)).Count:N0} areas with a geometry");
        Console.WriteLine($"  programmes:   {s.Programmes:N0}");
        Console.WriteLine($"  runs:         {s.Runs:N0}");
    }
}
