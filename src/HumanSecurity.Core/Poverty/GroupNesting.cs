namespace HumanSecurity.Poverty;

/// <summary>Which subgroup variables nest in which, found from the rows of a sample: variable <c>b</c> nests in
/// <c>a</c> when every group of <c>b</c> lies within one group of <c>a</c> (admin-2 areas in admin-1 areas). Disclosure
/// control (<see cref="Suppression"/>) treats the containing group as a parent whose complement must be protected.</summary>
public sealed class GroupNesting
{
    private readonly Dictionary<string, List<(string Outer, string[] ParentOf, Dictionary<string, int> Index)>> _byInner = new(StringComparer.Ordinal);

    /// <summary>No nesting known (only the whole population is a parent).</summary>
    public static GroupNesting None { get; } = new();

    /// <summary>The nesting of the subgroup variables of <paramref name="sample"/> (none when null).</summary>
    public static GroupNesting Of(SurveySample? sample)
    {
        if (sample is null || sample.Over.Count < 2) return None;
        var nesting = new GroupNesting();
        foreach (var inner in sample.Over)
            foreach (var outer in sample.Over)
                if (!ReferenceEquals(inner, outer) && ParentMap(sample.Count, inner, outer) is { } map)
                    nesting.Add(inner, outer, map);
        return nesting;
    }

    /// <summary>The groups of other variables that contain group <paramref name="group"/> of variable <paramref name="over"/>.</summary>
    public IEnumerable<(string Over, string Group)> ParentsOf(string over, string group)
    {
        if (!_byInner.TryGetValue(over, out var outers)) yield break;
        foreach (var (outer, parentOf, index) in outers)
            if (index.TryGetValue(group, out var i) && parentOf[i] is { } parent) yield return (outer, parent);
    }

    private void Add(OverVariable inner, OverVariable outer, int[] map)
    {
        if (!_byInner.TryGetValue(inner.Name, out var list)) _byInner[inner.Name] = list = [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inner.Labels.Length; i++) index.TryAdd(inner.Labels[i], i);
        list.Add((outer.Name, [.. map.Select(m => m < 0 ? null! : outer.Labels[m])], index));
    }

    // The outer group of each inner group, or null when some inner group spans two outer groups.
    private static int[]? ParentMap(int rows, OverVariable inner, OverVariable outer)
    {
        var map = new int[inner.Labels.Length];
        Array.Fill(map, -1);
        for (var r = 0; r < rows; r++)
        {
            int i = inner.Code(r), o = outer.Code(r);
            if (map[i] < 0) map[i] = o;
            else if (map[i] != o) return null;
        }
        return map;
    }
}
