using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Kobo;

/// <summary><c>--match-areas</c> for survey tables: the target columns <c>adm0</c>..<c>adm5</c> and <c>area</c> hold area
/// names (from a select_one's labels, say); each is matched to the store's gazetteer at its level (<c>adm2</c> among
/// admin-2 areas, within the row's <c>adm1</c> when the table has one; <c>area</c> at <c>--area-level</c>) and replaced
/// by the P-code. A household whose area cannot be matched is an error at its first row, or, with
/// <c>--skip-unmatched</c>, left out with its members.</summary>
internal static class SurveyAreas
{
    private static readonly string[] Columns = ["adm0", "adm1", "adm2", "adm3", "adm4", "adm5", "area"];

    /// <summary>The table with matched codes; <paramref name="skippedIds"/> receives the <c>hh_id</c> of rows left out.</summary>
    public static SurveyTable Match(SurveyTable table, IReadOnlyList<Area> gazetteer, AreaMatching matching, ProblemList problems, ImportReport report,
        HashSet<string> skippedIds)
    {
        var rows = table.Rows.Select(r => (Row: r, Cells: (string[])r.Cells.Clone(), Keep: true)).ToList();
        string? parentColumn = null;
        foreach (var name in Columns)
        {
            if (table.Column(name) is not { } column) continue;
            var kind = name == "area" ? null : (AreaKind?)CodAb.CodAbAreas.KindOf(name[3] - '0');
            var parent = name == "area" ? null : table.Column(parentColumn ?? "");
            var names = AreaResolver.ForGazetteer(gazetteer, matching, kind, line => Problem.At(table.Location, line, name));
            for (var i = 0; i < rows.Count; i++)
            {
                var text = rows[i].Cells[column.Index].Trim();
                if (text.Length == 0 || !rows[i].Keep) continue;
                var id = names.Resolve(text, parent is null ? "" : rows[i].Cells[parent.Index].Trim(), rows[i].Row.Line);
                if (id >= 0) rows[i].Cells[column.Index] = names.CodeOf(id);
                else
                {
                    names.Reject(id, problems);
                    rows[i] = rows[i] with { Keep = false };
                }
            }
            names.AddTo(report, problems, table.Location);
            if (name != "area") parentColumn = name;
        }
        if (table.Column("hh_id") is { } hh)
            foreach (var r in rows.Where(r => !r.Keep)) skippedIds.Add(r.Row.Cell(hh.Index));
        return With(table, rows.Where(r => r.Keep).Select(r => new TextRow(r.Row.Line, r.Cells)));
    }

    /// <summary>A table without the rows whose <c>hh_id</c> was left out (the members of skipped households).</summary>
    public static SurveyTable Without(SurveyTable table, HashSet<string> skippedIds, ImportReport report)
    {
        if (skippedIds.Count == 0 || table.Column("hh_id") is not { } hh) return table;
        var left = table.Rows.Where(r => skippedIds.Contains(r.Cell(hh.Index))).ToList();
        foreach (var r in left) report.Skipped.Add(new SkippedRow(Problem.At(table.Location, r.Line), r.Cell(hh.Index), "member of a household skipped for its area"));
        return With(table, table.Rows.Where(r => !skippedIds.Contains(r.Cell(hh.Index))));
    }

    private static SurveyTable With(SurveyTable table, IEnumerable<TextRow> rows) =>
        new(table.Name, table.Location, table.Columns, [.. rows]) { Parent = table.Parent };
}
