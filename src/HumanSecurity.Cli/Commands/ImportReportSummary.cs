using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Cli.Commands;

/// <summary>The lines <c>hso import</c> prints about its report: how the area names matched, rows skipped, stored areas
/// changed, and where the full report is.</summary>
internal static class ImportReportSummary
{
    public static IEnumerable<string> Lines(ImportReport report, string? path)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.AreaNames.Count > 0)
        {
            var by = report.AreaNames.GroupBy(u => u.Match.Outcome).ToDictionary(g => g.Key, g => (Names: g.Count(), Rows: g.Sum(u => u.Rows)));
            string Part(AreaMatchOutcome o) => string.Create(CultureInfo.InvariantCulture, $"{by.GetValueOrDefault(o).Names} {o.ToString().ToLowerInvariant()}");
            yield return $"area names: {string.Join(", ", new[] { AreaMatchOutcome.Exact, AreaMatchOutcome.Normalised, AreaMatchOutcome.Ambiguous, AreaMatchOutcome.Unmatched }.Select(Part))}";
        }
        if (report.Skipped.Count > 0) yield return string.Create(CultureInfo.InvariantCulture, $"skipped {report.Skipped.Sum(s => s.Rows):N0} row(s)");
        if (report.AreaChanges.Count > 0)
            yield return string.Create(CultureInfo.InvariantCulture, $"updated {report.AreaChanges.Count:N0} area(s) already in the store (names kept unless --replace-names)");
        if (path is not null) yield return $"report: {path}";
    }
}
