using System.Globalization;
using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Imports a household survey: the households CSV (one row per household, with design columns and
/// deprivations or achievements) and, when present next to it, its person roster (<c>X_households.csv</c> →
/// <c>X_persons.csv</c>, or <c>persons.csv</c> in the same folder). Both become survey tables of one dataset
/// (<c>households</c>, <c>persons</c>). Every roster row must link to a household through <c>hh_id</c>.</summary>
public sealed class SurveyImporter : IDatasetImporter
{
    public string Format => "survey";

    public string Description => "household survey: households CSV with hh_id (+ sibling *_persons.csv roster)";

    public DatasetKind Kind => DatasetKind.Survey;

    /// <summary>Whether a file's head has this layout's header (asked by the one format detector).</summary>
    internal static bool Recognises(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var cols = head.HeaderColumns;
        return head.Extension == ".csv" && cols.Contains("hh_id") && (cols.Contains("hh_weight") || cols.Any(c => c.StartsWith("d_", StringComparison.Ordinal)));
    }

    /// <summary>The roster file that goes with <paramref name="householdsPath"/>, or null.</summary>
    public static string? RosterFor(string householdsPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(householdsPath))!;
        var name = Path.GetFileName(householdsPath);
        string[] candidates =
        [
            name.Replace("households", "persons", StringComparison.OrdinalIgnoreCase),
            name.Replace("households", "roster", StringComparison.OrdinalIgnoreCase),
            "persons.csv",
        ];
        return candidates.Where(c => !string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
            .Select(c => Path.Combine(dir, c)).FirstOrDefault(File.Exists);
    }

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var households = SurveyCsvReader.ReadFile(request.Path);
            var rosterPath = RosterFor(request.Path);
            var persons = rosterPath is null ? null : SurveyCsvReader.ReadFile(rosterPath);
            var rows = households.RowCount + (persons?.RowCount ?? 0);
            run.Phases.End(rows, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Check, rows);
            Validate(households, persons, problems);
            run.Phases.End(rows, problems.ErrorCount);
            if (session is not null && !problems.HasErrors)
            {
                run.Phases.Start(ImportPhase.Stage, rows);
                await session.AddSurveyTableAsync("households", households, ct).ConfigureAwait(false);
                if (persons is not null) await session.AddSurveyTableAsync("persons", persons, ct).ConfigureAwait(false);
            }
            return new Dictionary<string, long> { ["households"] = households.RowCount, ["persons"] = persons?.RowCount ?? 0 };
        }, cancellationToken);

    private static void Validate(ColumnTable households, ColumnTable? persons, ProblemList problems)
    {
        if (households.RowCount == 0) problems.Error(Problem.At(households.Name, 2), "the survey has no household rows");
        if (!households.Has("hh_id")) problems.Error(Problem.At(households.Name, 1), "column 'hh_id' (household id) is required");
        if (persons is null || !households.Has("hh_id")) return;
        const string link = "hh_id";
        if (!persons.Has(link))
        {
            problems.Error(Problem.At(persons.Name, 1), "the roster needs a column 'hh_id' linking members to households");
            return;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < households.RowCount; r++)
            if (Key(households["hh_id"], r) is { } k && !ids.Add(k))
                problems.Error(Problem.At(households.Name, r + 2, "hh_id"), $"household id '{k}' appears twice");
        for (var r = 0; r < persons.RowCount; r++)
        {
            var k = Key(persons[link], r);
            if (k is null || !ids.Contains(k))
                problems.Error(Problem.At(persons.Name, r + 2, link), $"member of household '{k}', which is not in {households.Name}");
        }
    }

    private static string? Key(Column c, int r) => c switch
    {
        NumericColumn n => double.IsNaN(n.Values[r]) ? null : n.Values[r].ToString("R", CultureInfo.InvariantCulture),
        TextColumn t => t.Values[r],
        _ => null,
    };
}
