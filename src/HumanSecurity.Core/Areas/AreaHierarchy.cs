namespace HumanSecurity.Areas;

/// <summary>An indexed, validated set of <see cref="Area"/>s: lookup by code, children, ancestors, levels.</summary>
public sealed class AreaHierarchy
{
    private readonly Dictionary<string, Area> _byCode;
    private readonly Dictionary<string, List<Area>> _children;

    private AreaHierarchy(Dictionary<string, Area> byCode)
    {
        _byCode = byCode;
        _children = new Dictionary<string, List<Area>>(StringComparer.Ordinal);
        foreach (var a in byCode.Values)
        {
            if (a.ParentCode is null || !byCode.ContainsKey(a.ParentCode)) continue;
            if (!_children.TryGetValue(a.ParentCode, out var list)) _children[a.ParentCode] = list = [];
            list.Add(a);
        }
    }

    public IReadOnlyCollection<Area> Areas => _byCode.Values;

    public int Count => _byCode.Count;

    /// <summary>Builds a hierarchy and reports every structural problem (see <see cref="AreaValidator"/>).
    /// Duplicate codes keep the first occurrence.</summary>
    public static AreaHierarchy Build(IEnumerable<Area> areas, out IReadOnlyList<Problem> problems)
    {
        var list = areas.ToList();
        problems = AreaValidator.Validate(list);
        var byCode = new Dictionary<string, Area>(StringComparer.Ordinal);
        foreach (var a in list) byCode.TryAdd(a.Code, a);
        return new AreaHierarchy(byCode);
    }

    public bool TryGet(string code, out Area area) => _byCode.TryGetValue(code, out area!);

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public IReadOnlyList<Area> ChildrenOf(string code) =>
        _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The area's ancestors, nearest first. Stops at a missing parent or a cycle.</summary>
    public IEnumerable<Area> AncestorsOf(string code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var current = _byCode.GetValueOrDefault(code);
        while (current?.ParentCode is { } p && seen.Add(p) && _byCode.TryGetValue(p, out var parent))
        {
            yield return parent;
            current = parent;
        }
    }

    /// <summary>The ancestor (or the area itself) of the given kind, if any.</summary>
    public Area? AncestorOfKind(string code, AreaKind kind)
    {
        if (_byCode.TryGetValue(code, out var self) && self.Kind == kind) return self;
        return AncestorsOf(code).FirstOrDefault(a => a.Kind == kind);
    }

    public IReadOnlyList<Area> OfKind(AreaKind kind) => _byCode.Values.Where(a => a.Kind == kind).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
}
