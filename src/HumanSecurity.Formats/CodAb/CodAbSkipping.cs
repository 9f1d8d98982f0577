using HumanSecurity.Formats.Import;

namespace HumanSecurity.Formats.CodAb;

/// <summary><c>--skip-invalid</c> for COD-AB files: which units are imported, and which rows are left out and why (each
/// goes to the <see cref="ImportReport"/>). A row with an error is left out; a P-code given twice is imported once when
/// the rows are exact repeats (same name and parent), and not at all when they name different units (no guess is made
/// about which is right). Problems about the file as a whole still reject it.</summary>
internal static class CodAbSkipping
{
    /// <summary>The units to import; <paramref name="dropped"/> receives the area codes no kept unit has (so they are
    /// not brought back as the ancestor of a kept row: their children are then left out by the hierarchy check).</summary>
    public static List<CodAbUnit> Keep(CodAbDataset ds, ProblemList problems, ImportReport report, out HashSet<string> dropped)
    {
        var skipped = new Dictionary<CodAbUnit, string>(ReferenceEqualityComparer.Instance);
        SkipDuplicates(ds.Units, skipped);
        var byRow = ds.Units.GroupBy(u => RowOf(ds.File, u.Location)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var p in ds.Problems.Items)
        {
            var row = RowOf(ds.File, p.Location);
            if (p.Severity == ProblemSeverity.Warning)
            {
                if (p.Message.Contains(CodAbSchema.RowSkipped, StringComparison.Ordinal)) report.Skipped.Add(new SkippedRow(p.Location, "", p.Message));
                else problems.Add(p);
            }
            else if (CodAbValidator.IsDuplicate(p)) continue; // decided by SkipDuplicates
            else if (byRow.TryGetValue(row, out var unit)) skipped.TryAdd(unit, p.Message);
            else if (row == ds.File) problems.Add(p);
            else report.Skipped.Add(new SkippedRow(p.Location, "", p.Message)); // a row that never became a unit
        }
        foreach (var u in ds.Units.Where(skipped.ContainsKey)) report.Skipped.Add(new SkippedRow(u.Location, u.Pcode, skipped[u]));
        var kept = ds.Units.Where(u => !skipped.ContainsKey(u)).ToList();
        var keptCodes = kept.Select(CodAbAreas.CodeOf).ToHashSet(StringComparer.Ordinal);
        dropped = skipped.Keys.Select(CodAbAreas.CodeOf).Where(c => !keptCodes.Contains(c)).ToHashSet(StringComparer.Ordinal);
        return kept;
    }

    private static void SkipDuplicates(IReadOnlyList<CodAbUnit> units, Dictionary<CodAbUnit, string> skipped)
    {
        foreach (var g in units.GroupBy(u => (u.Level, u.Pcode)).Where(g => g.Count() > 1))
        {
            var first = g.First();
            if (g.All(u => u.Name == first.Name && u.ParentPcode == first.ParentPcode))
            {
                foreach (var u in g.Skip(1))
                    skipped[u] = $"repeats adm{u.Level} P-code '{u.Pcode}' of {first.Location} with the same name and parent; the first is imported";
                continue;
            }
            var all = string.Join(", ", g.Select(u => $"'{u.Name}' at {u.Location}"));
            foreach (var u in g) skipped[u] = $"adm{u.Level} P-code '{u.Pcode}' is given to {g.Count()} different units ({all}); none of them is imported";
        }
    }

    /// <summary>The row part of a location: <c>file!sheet:12</c> of <c>file!sheet:12 valid_to</c>, <c>file features[3]</c>
    /// of <c>file features[3] (CF62) geometry</c>; the file itself for a location about the whole file.</summary>
    internal static string RowOf(string file, string location)
    {
        if (!location.StartsWith(file, StringComparison.Ordinal) || location.Length == file.Length) return location.Length == 0 ? file : location;
        var rest = location.AsSpan(file.Length);
        var end = rest.StartsWith(" features[") ? rest.IndexOf(']') + 1 : rest[0] is '!' or ':' ? rest.IndexOf(' ') : 0;
        return end <= 0 ? (rest[0] is '!' or ':' ? location : file) : location[..(file.Length + end)];
    }
}
