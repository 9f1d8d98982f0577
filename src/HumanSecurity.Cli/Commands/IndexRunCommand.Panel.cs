using System.Globalization;
using System.Text.Json.Nodes;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;

namespace HumanSecurity.Cli.Commands;

/// <summary>The periods of a panel run: all (both null) or those from <c>From</c> to <c>To</c>.</summary>
internal sealed record PeriodRange(double? From, double? To);

internal static partial class IndexRunCommand
{
    /// <summary>File mode with <c>--panel</c>: one run per period; OUT/ holds the latest period's usual outputs and OUT/panel/
    /// every period's scores, trends and change decomposition.</summary>
    private static int RunFilePanel(string modelPath, string dataPath, string dir, PipelineOptions pipeline, PeriodRange range)
    {
        var model = ReadFileModel(modelPath);
        var data = IndexDataReader.ReadFile(dataPath, model.UnitColumn, model.TimeColumn);
        foreach (var w in data.Warnings) Console.Error.WriteLine(w.ToString());
        var panel = IndexPanel.Run(model, data, pipeline, range.From, range.To);
        var parameters = Parameters(pipeline);
        parameters["panel"] = PanelJson(panel);
        WriteRun(panel.Latest, dir, pipeline, Hash(modelPath), Hash(dataPath), parameters);
        WritePanel(panel, Path.Combine(dir, "panel"), pipeline);
        Console.WriteLine($"scored {panel.Runs.Count} periods ({Period(panel.Runs[0])}-{Period(panel.Latest)}) of {panel.Latest.Units.Length} units -> {Path.Combine(dir, "panel")}");
        PrintPerPeriod(panel, pipeline);
        return ExitCodes.Ok;
    }

    private static void WritePanel(IndexPanel panel, string dir, PipelineOptions pipeline)
    {
        PanelOutputWriter.Write(panel, dir);
        if (!pipeline.KeepSteps) return;
        foreach (var run in panel.Runs) IndexOutputWriter.WriteSteps(run, Path.Combine(dir, "steps", Period(run)));
    }

    private static void PrintPerPeriod(IndexPanel panel, PipelineOptions pipeline)
    {
        var perPeriod = IndexPanel.PerPeriodIndicators(panel.Latest, pipeline);
        if (perPeriod.Count > 0)
            Console.WriteLine($"note: {perPeriod.Count} indicator(s) use a cross-sectional normalisation, scored per period (not comparable over time): {string.Join(", ", perPeriod)}");
    }

    private static JsonObject PanelJson(IndexPanel panel)
    {
        var bounds = new JsonObject();
        foreach (var (code, (min, max)) in panel.Bounds.OrderBy(b => b.Key, StringComparer.Ordinal)) bounds[code] = new JsonArray(min, max);
        return new JsonObject
        {
            ["periods"] = new JsonArray([.. panel.Runs.Select(r => (JsonNode?)r.Period)]),
            ["normalisation"] = "pooled: min-max, dist2max and data-derived goalposts use each indicator's min and max over all periods",
            ["pooled_bounds"] = bounds,
        };
    }

    private static string Period(IndexRun run) => run.Period is { } p ? p.ToString("R", CultureInfo.InvariantCulture) : "none";
}
