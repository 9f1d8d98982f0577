using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;

namespace HumanSecurity.Cli.Commands;

internal static partial class IndexRunCommand
{
    /// <summary>OUT/panel/: every period's scores, trends and change decomposition (and each period's steps when kept).</summary>
    private static void WritePanel(IndexPanel panel, string dir, bool keepSteps)
    {
        PanelOutputWriter.Write(panel, dir);
        if (!keepSteps) return;
        foreach (var run in panel.Runs) IndexOutputWriter.WriteSteps(run, Path.Combine(dir, "steps", Indices.Runs.IndexRunner.PeriodText(run.Period) ?? "none"));
    }

    private static void PrintPerPeriod(IndexPanel panel, PipelineOptions pipeline)
    {
        var perPeriod = IndexPanel.PerPeriodIndicators(panel.Latest, pipeline);
        if (perPeriod.Count > 0)
            Console.WriteLine($"note: {perPeriod.Count} indicator(s) use a cross-sectional normalisation, scored per period (not comparable over time): {string.Join(", ", perPeriod)}");
    }
}
