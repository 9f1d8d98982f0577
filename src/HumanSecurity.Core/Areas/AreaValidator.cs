namespace HumanSecurity.Areas;

/// <summary>Structural checks on a gazetteer: unique codes, parents exist, no cycles, parent above child, and OCHA
/// P-code conventions (child code starts with the parent's, same code width within a level of one country).
/// Duplicates, missing parents and cycles are errors; P-code convention breaches are warnings.</summary>
public static class AreaValidator
{
    public static IReadOnlyList<Problem> Validate(IReadOnlyList<Area> areas, Func<Area, string>? locate = null)
    {
        locate ??= a => $"area {a.Code}";
        var problems = new List<Problem>();
        var byCode = new Dictionary<string, Area>(StringComparer.Ordinal);
        foreach (var a in areas)
        {
            if (string.IsNullOrWhiteSpace(a.Code))
                problems.Add(Problem.Error(locate(a), "area code is empty; expected a non-empty code"));
            else if (!byCode.TryAdd(a.Code, a))
                problems.Add(Problem.Error(locate(a), $"duplicate area code '{a.Code}'; expected each code once"));
        }
        foreach (var a in byCode.Values)
        {
            if (a.ParentCode is null) continue;
            if (!byCode.TryGetValue(a.ParentCode, out var parent))
            {
                problems.Add(Problem.Error(locate(a), $"parent '{a.ParentCode}' of area '{a.Code}' is not a known area code"));
                continue;
            }
            if (parent.Kind >= a.Kind)
                problems.Add(Problem.Error(locate(a), $"parent '{parent.Code}' is a {parent.Kind.ToCode()} but child '{a.Code}' is a {a.Kind.ToCode()}; expected the parent to be a higher level"));
            else if (a.Kind.UsesPcodes() && (parent.Kind.UsesPcodes() || (parent.Kind == AreaKind.Country && parent.Code.Length == 2)) && !PrefixMatches(parent, a))
                problems.Add(Problem.Warning(locate(a), $"P-code '{a.Code}' does not start with its parent's code '{parent.Code}'"));
        }
        problems.AddRange(FindCycles(byCode, locate));
        problems.AddRange(CheckWidths(byCode.Values, locate));
        return problems;
    }

    private static bool PrefixMatches(Area parent, Area child)
    {
        // Countries are usually coded ISO3 while their P-codes start with ISO2 (CAF -> CF62), so a country parent is
        // only checked when it is itself coded with two letters.
        return child.Code.StartsWith(parent.Code, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<Problem> FindCycles(Dictionary<string, Area> byCode, Func<Area, string> locate)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on path, 2 = done
        foreach (var start in byCode.Values)
        {
            var path = new List<Area>();
            var current = start;
            while (current is not null && !state.ContainsKey(current.Code))
            {
                state[current.Code] = 1;
                path.Add(current);
                current = current.ParentCode is { } p ? byCode.GetValueOrDefault(p) : null;
            }
            if (current is not null && state[current.Code] == 1)
            {
                var cycle = path.SkipWhile(a => a.Code != current.Code).Select(a => a.Code);
                yield return Problem.Error(locate(current), $"areas form a cycle: {string.Join(" -> ", cycle)} -> {current.Code}; expected a tree");
            }
            foreach (var a in path) state[a.Code] = 2;
        }
    }

    private static IEnumerable<Problem> CheckWidths(IEnumerable<Area> areas, Func<Area, string> locate)
    {
        var groups = areas.Where(a => a.Kind.UsesPcodes())
            .GroupBy(a => (a.Kind, Prefix: a.Code.Length >= 2 ? a.Code[..2].ToUpperInvariant() : a.Code));
        foreach (var g in groups)
        {
            var modal = g.GroupBy(a => a.Code.Length).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key;
            foreach (var a in g.Where(a => a.Code.Length != modal))
                yield return Problem.Warning(locate(a), $"P-code '{a.Code}' has {a.Code.Length} characters; other {a.Kind.ToCode()} codes of {g.Key.Prefix} have {modal}");
        }
    }
}
