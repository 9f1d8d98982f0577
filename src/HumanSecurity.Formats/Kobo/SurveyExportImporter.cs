using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Text;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Kobo;

/// <summary><c>hso import EXPORT --format kobo|odk-central --mapping M.yaml</c>: a survey export as the poverty spec's
/// <c>households</c> (and <c>persons</c>) survey tables, through a <see cref="SurveyMapping"/>; one atomic dataset.</summary>
public sealed class SurveyExportImporter(bool odk) : IDatasetImporter
{
    public string Format => odk ? "odk-central" : "kobo";

    public string Description => odk ? "ODK Central CSV export (+ repeat CSVs) as survey tables (--mapping required)" : "KoboToolbox CSV/XLSX/JSON export as survey tables (--mapping required)";

    public DatasetKind Kind => DatasetKind.Survey;

    public ImportOptions Options => ImportOptions.MatchAreas;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            if (request.MappingPath is null)
                throw new InvalidInputException(request.DisplayName, "a survey export needs --mapping M.yaml naming the households columns (hh_id, weights, indicators)");
            var mapping = SurveyMapping.Load(request.MappingPath);
            var export = SurveyExportReader.Read(request.Path);
            problems.AddRange(export.Problems.Items);
            var households = Build(export, mapping.Households!, problems);
            var persons = mapping.Persons is { } pm ? Build(export, pm, problems) : null;
            if (request.MatchAreas is { } matching)
            {
                var gazetteer = await store.GetAreasAsync(ct).ConfigureAwait(false);
                var skipped = new HashSet<string>(StringComparer.Ordinal);
                households = SurveyAreas.Match(households, gazetteer, matching, problems, run.Report, skipped);
                if (persons is not null) persons = SurveyAreas.Match(SurveyAreas.Without(persons, skipped, run.Report), gazetteer, matching, problems, run.Report, []);
            }
            run.Phases.End(households.Rows.Count + (persons?.Rows.Count ?? 0), problems.ErrorCount);
            run.Phases.Start(ImportPhase.Check, run.Phases.Accepted);
            CheckIds(households, persons, request.DisplayName, problems);
            run.Phases.End(run.Phases.Accepted, problems.ErrorCount);
            if (session is not null && !problems.HasErrors)
            {
                run.Phases.Start(ImportPhase.Stage, run.Phases.Accepted);
                await session.AddSurveyTableAsync("households", households.ToColumnTable(), ct).ConfigureAwait(false);
                if (persons is not null) await session.AddSurveyTableAsync("persons", persons.ToColumnTable(), ct).ConfigureAwait(false);
            }
            return new Dictionary<string, long> { ["households"] = households.Rows.Count, ["persons"] = persons?.Rows.Count ?? 0 };
        }, cancellationToken);

    /// <summary>A table with the target columns, resolving <c>parent:COLUMN</c> sources through the repeat link.</summary>
    private static SurveyTable Build(SurveyExport export, SurveyTableMapping m, ProblemList problems)
    {
        var source = m.Table == "main" ? export.Main : export.Tables.FirstOrDefault(t => t.Name == m.Table)
            ?? throw new InvalidInputException(m.Table, $"no table '{m.Table}' in the export; tables: {string.Join(", ", export.Tables.Select(t => t.Name))}");
        var parent = source.Parent is { } pn ? export.Tables.First(t => t.Name == pn) : null;
        var columns = new List<SurveyColumn>();
        var rows = source.Rows.Select(r => new List<string>()).ToList();
        foreach (var (target, from) in m.Columns)
        {
            var values = from.StartsWith("parent:", StringComparison.Ordinal)
                ? ParentValues(source, parent, from["parent:".Length..], problems)
                : source.Column(from) is { } c ? source.Rows.Select(r => r.Cell(c.Index)).ToList()
                : throw new InvalidInputException($"{source.Location}", $"mapping target '{target}' names column '{from}', which table '{source.Name}' does not have");
            columns.Add(new SurveyColumn(columns.Count, target, [target], SurveyColumnKind.Field));
            for (var i = 0; i < rows.Count; i++) rows[i].Add(values[i]);
        }
        return new SurveyTable(source.Name, source.Location, columns, [.. rows.Select((r, i) => new TextRow(source.Rows[i].Line, [.. r]))]);
    }

    private static List<string> ParentValues(SurveyTable child, SurveyTable? parent, string column, ProblemList problems)
    {
        if (parent is null || parent.Column(column) is not { } pc)
            throw new InvalidInputException(child.Location, $"'parent:{column}': table '{child.Name}' has no parent with column '{column}'");
        var (linkChild, linkParent) = child.Column("PARENT_KEY") is not null ? ("PARENT_KEY", "KEY") : ("_parent_index", "_index");
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyColumn = parent.Column(linkParent);
        foreach (var r in parent.Rows) if (keyColumn is not null) byKey.TryAdd(r.Cell(keyColumn.Index), r.Cell(pc.Index));
        var link = child.Column(linkChild)!;
        return [.. child.Rows.Select(r => byKey.TryGetValue(r.Cell(link.Index), out var v) ? v : "")];
    }

    private static void CheckIds(SurveyTable households, SurveyTable? persons, string file, ProblemList problems)
    {
        if (households.Column("hh_id") is not { } id) { problems.Error(file, "the households mapping has no hh_id column"); return; }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in households.Rows)
        {
            var v = r.Cell(id.Index);
            if (v.Length == 0) problems.Error(Problem.At(households.Location, r.Line, "hh_id"), "hh_id is empty");
            else if (!ids.Add(v)) problems.Error(Problem.At(households.Location, r.Line, "hh_id"), $"hh_id '{v}' appears twice");
        }
        if (persons?.Column("hh_id") is not { } pid) return;
        foreach (var r in persons.Rows)
            if (!ids.Contains(r.Cell(pid.Index))) problems.Error(Problem.At(persons.Location, r.Line, "hh_id"), $"hh_id '{r.Cell(pid.Index)}' is not a household");
    }
}
