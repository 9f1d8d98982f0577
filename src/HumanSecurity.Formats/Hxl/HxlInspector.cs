using HumanSecurity.Formats.Inspection;

namespace HumanSecurity.Formats.Hxl;

/// <summary><c>hso inspect</c> for HXL: columns with their tags, rows, and the areas and periods the observations would have.
/// Problems mapping the table to observations (no area or value column) are warnings: the file is still readable HXL.</summary>
public static class HxlInspector
{
    public static void Inspect(string path, InspectionReport report, HxlMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var table = HxlReader.Open(path);
        foreach (var c in table.Columns)
            report.Columns.Add(new InspectionColumn(string.IsNullOrEmpty(c.Header) ? c.RawTag : c.Header, c.Spec is null ? "untagged" : "tag", c.Spec?.Canonical));
        var layoutProblems = new ProblemList();
        var layout = HxlLayoutResolver.Resolve(table, mapping, layoutProblems);
        if (layoutProblems.HasErrors)
        {
            report.AddMappingProblems(layoutProblems);
            report.Records = table.Rows().LongCount(r => !r.IsBlank);
            return;
        }
        var reader = new HxlObservationReader(table, layout, layoutProblems);
        var periods = new HashSet<Observations.Period>();
        foreach (var chunk in reader.ReadChunks())
            for (var i = 0; i < chunk.Count; i++) periods.Add(chunk.Period[i]);
        report.Records = reader.Rows;
        report.AddMappingProblems(layoutProblems);
        foreach (var a in reader.Areas) report.Areas.Add(a.Code);
        foreach (var p in periods) report.Periods.Add(p.ToString());
    }
}
