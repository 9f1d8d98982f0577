using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Import;

/// <summary>Writes an <see cref="ImportReport"/> as one CSV (<c>hso import --report FILE</c>), one row per entry:
/// <c>kind,location,subject,outcome,code,rows,detail</c> where kind is <c>skipped</c> (a row left out: subject is the
/// P-code or name, detail why), <c>area-name</c> (a distinct area name of the file: outcome exact, normalised, ambiguous
/// or unmatched, code the area matched, rows how many rows give it, detail the candidates or the reason) or
/// <c>area-change</c> (a stored area the import changed: detail lists the changes). The file appears only when
/// complete.</summary>
public static class ImportReportWriter
{
    public static IReadOnlyList<string> Columns { get; } = ["kind", "location", "subject", "outcome", "code", "rows", "detail"];

    public static void Write(ImportReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(path);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            CsvText.WriteRow(writer, Columns);
            foreach (var s in report.Skipped) CsvText.WriteRow(writer, ["skipped", s.Location, s.Subject, "skipped", "", s.Rows.ToString(CultureInfo.InvariantCulture), s.Reason]);
            foreach (var u in report.AreaNames)
            {
                var m = u.Match;
                var subject = m.Parent is null ? m.Name : $"{m.Name} (in {m.Parent})";
                var detail = m.IsMatched ? $"{m.Candidates[0].Name} ({m.Candidates[0].Kind.ToCode()})" : m.Describe();
                CsvText.WriteRow(writer, ["area-name", u.FirstLocation, subject, m.Outcome.ToString().ToLowerInvariant(), m.Code ?? "",
                    u.Rows.ToString(CultureInfo.InvariantCulture), detail]);
            }
            foreach (var c in report.AreaChanges) CsvText.WriteRow(writer, ["area-change", c.Location, c.Code, "changed", c.Code, "1", string.Join("; ", c.Changes)]);
        }
        File.Move(temp, path, overwrite: true);
    }
}
