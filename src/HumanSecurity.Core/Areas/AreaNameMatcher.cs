namespace HumanSecurity.Areas;

/// <summary>Matches names given in data files to the areas of a gazetteer: by code, else by any of an area's names
/// (<see cref="Area.Name"/> and every <see cref="Area.AlternateNames"/> entry: all languages, the romanised
/// <c>ref</c> name, alternates), first character for character, then normalised (<see cref="AreaNames"/>). Candidates
/// can be limited to one kind and to the descendants of a parent, so a district name is matched within its province.
/// Several fitting areas make the name ambiguous: the matcher never guesses. Immutable and safe to share between
/// threads; build it once per import (each lookup is a dictionary probe and a walk up the parents).</summary>
public sealed class AreaNameMatcher
{
    private const int MaxDepth = 16;
    private readonly Dictionary<string, Area> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Area>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Area>> _normalised = new(StringComparer.Ordinal);

    public AreaNameMatcher(IEnumerable<Area> gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var area in gazetteer)
        {
            if (!_byCode.TryAdd(area.Code, area)) continue;
            foreach (var name in area.AlternateNames.Values.Prepend(area.Name))
            {
                Add(_exact, name.Trim(), area);
                Add(_normalised, AreaNames.Normalise(name), area);
            }
        }
    }

    /// <summary>Areas in the gazetteer.</summary>
    public int Count => _byCode.Count;

    /// <summary>Matches <paramref name="name"/> (or an area code) among areas of <paramref name="kind"/> (any when null)
    /// that lie within <paramref name="parentCode"/> (anywhere when null).</summary>
    public AreaMatch Match(string name, AreaKind? kind = null, string? parentCode = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        bool Fits(Area a) => (kind is null || a.Kind == kind) && (parentCode is null || IsWithin(a, parentCode));
        if (_byCode.TryGetValue(text, out var byCode) && Fits(byCode)) return Result(text, AreaMatchOutcome.Code, [byCode], kind);
        var exact = _exact.GetValueOrDefault(text) ?? [];
        var fitting = exact.Where(Fits).ToList();
        if (fitting.Count > 0) return Result(text, fitting.Count == 1 ? AreaMatchOutcome.Exact : AreaMatchOutcome.Ambiguous, fitting, kind);
        var similar = _normalised.GetValueOrDefault(AreaNames.Normalise(text)) ?? [];
        fitting = [.. similar.Where(Fits)];
        return fitting.Count switch
        {
            0 => Result(text, AreaMatchOutcome.Unmatched, [], kind) with { Excluded = similar },
            1 => Result(text, AreaMatchOutcome.Normalised, fitting, kind),
            _ => Result(text, AreaMatchOutcome.Ambiguous, fitting, kind),
        };
    }

    /// <summary>Matches <paramref name="name"/> within a parent the file gives by name or code: the parent is matched
    /// first (among areas of <paramref name="parentKind"/>), then the name among its descendants. When the parent's name
    /// is itself ambiguous (CAR has a province and a commune named Lobaye), the name is looked for under each candidate:
    /// one fitting area in all is a match, several are ambiguous. A parent that does not match leaves the name unmatched.</summary>
    public AreaMatch Match(string name, AreaKind? kind, string parent, AreaKind? parentKind)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parent);
        var parentText = parent.Trim();
        var parentMatch = Match(parentText, parentKind);
        if (parentMatch.IsMatched) return Match(name, kind, parentMatch.Code) with { Parent = parentText, ParentMatch = parentMatch };
        if (parentMatch.Outcome != AreaMatchOutcome.Ambiguous)
            return Result(name.Trim(), AreaMatchOutcome.Unmatched, [], kind) with { Parent = parentText, ParentMatch = parentMatch };
        var under = parentMatch.Candidates.Select(p => (Parent: p, Child: Match(name, kind, p.Code)))
            .Where(x => x.Child.Outcome is not AreaMatchOutcome.Unmatched).ToList();
        if (under.Count == 1 && under[0].Child.IsMatched)
        {
            var p = under[0].Parent;
            var tier = p.AlternateNames.Values.Prepend(p.Name).Any(n => n.Trim() == parentText) ? AreaMatchOutcome.Exact : AreaMatchOutcome.Normalised;
            return under[0].Child with { Parent = parentText, ParentMatch = parentMatch with { Outcome = tier, Candidates = [p] } };
        }
        var candidates = under.SelectMany(x => x.Child.Candidates).Distinct().ToList();
        return Result(name.Trim(), candidates.Count == 0 ? AreaMatchOutcome.Unmatched : AreaMatchOutcome.Ambiguous, candidates, kind) with { Parent = parentText, ParentMatch = parentMatch };
    }

    /// <summary>Whether <paramref name="area"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(Area area, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(area);
        var current = area;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            if (current.Code == ancestor) return true;
            current = current.ParentCode is { } p ? _byCode.GetValueOrDefault(p) : null;
        }
        return false;
    }

    private static AreaMatch Result(string name, AreaMatchOutcome outcome, List<Area> candidates, AreaKind? kind) =>
        new(name, outcome, candidates) { Kind = kind };

    private static void Add(Dictionary<string, List<Area>> index, string key, Area area)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(area)) list.Add(area);
    }
}
