namespace HumanSecurity.Formats.Kobo;

/// <summary>Checks repeat-group links: Kobo <c>_parent_index</c> (with <c>_parent_table_name</c>) must be an <c>_index</c> of
/// the parent table; ODK <c>PARENT_KEY</c> must be the <c>KEY</c> of a row in another table of the export.</summary>
public static class SurveyLinks
{
    public static void Check(SurveyExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in export.Tables)
            foreach (var k in t.Values("KEY")) if (k.Length > 0) keys.TryAdd(k, t.Name);
        foreach (var t in export.Tables.Skip(1))
        {
            if (t.Column("PARENT_KEY") is { } pk) CheckOdk(t, pk, keys, export.Problems);
            else if (t.Column("_parent_index") is { } pi) CheckKobo(export, t, pi);
            else export.Problems.Warning(t.Location, "repeat table has no PARENT_KEY or _parent_index column; rows cannot be linked to their parent");
        }
    }

    private static void CheckOdk(SurveyTable t, SurveyColumn pk, Dictionary<string, string> keys, ProblemList problems)
    {
        foreach (var r in t.Rows)
        {
            var parent = r.Cell(pk.Index);
            if (keys.TryGetValue(parent, out var table) && table != t.Name) t.Parent ??= table;
            else problems.Error(Problem.At(t.Location, r.Line, "PARENT_KEY"), $"PARENT_KEY '{parent}' is not the KEY of any row in the parent tables");
        }
    }

    private static void CheckKobo(SurveyExport export, SurveyTable t, SurveyColumn pi)
    {
        var parentName = t.Column("_parent_table_name") is { } pn ? t.Rows.Select(r => r.Cell(pn.Index)).FirstOrDefault(n => n.Length > 0) : null;
        var parent = export.Tables.FirstOrDefault(x => x.Name == parentName) ?? export.Main;
        t.Parent = parent.Name;
        var indexes = parent.Values("_index").ToHashSet(StringComparer.Ordinal);
        foreach (var r in t.Rows)
        {
            var v = r.Cell(pi.Index);
            if (!indexes.Contains(v))
                export.Problems.Error(Problem.At(t.Location, r.Line, "_parent_index"), $"_parent_index '{v}' is not an _index of table '{parent.Name}'");
        }
    }
}
