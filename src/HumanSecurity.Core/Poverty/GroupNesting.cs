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
                if (!ReferenceEquals(inner, outer) && ParentMap(sample.Count, inner.Labels.Length, inner.Code, outer.Code) is { } map)
                    nesting.Add(inner.Name, inner.Labels, outer.Name, outer.Labels, map);
        return nesting;
    }

    /// <summary>The nesting found from the cells of a sample (the same as from its rows: every retained row lies in one
    /// cell, which carries its group of every subgroup variable); none when null.</summary>
    public static GroupNesting Of(SurveyCells? cells)
    {
        if (cells is null || cells.Over.Count < 2) return None;
        var nesting = new GroupNesting();
        for (var i = 0; i < cells.Over.Count; i++)
            for (var o = 0; o < cells.Over.Count; o++)
            {
                var (inner, outer) = (cells.Group[i], cells.Group[o]);
                if (i != o && ParentMap(cells.Count, cells.Over[i].Labels.Length, c => inner[c], c => outer[c]) is { } map)
                    nesting.Add(cells.Over[i].Name, cells.Over[i].Labels, cells.Over[o].Name, cells.Over[o].Labels, map);
            }
        return nesting;
    }

    /// <summary>The groups of other variables that contain group <paramref name="group"/> of variable <paramref name="over"/>.</summary>
    public IEnumerable<(string Over, string Group)> ParentsOf(string over, string group)
    {
        if (!_byInner.TryGetValue(over, out var outers)) yield break;
        foreach (var (outer, parentOf, index) in outers)
            if (index.TryGetValue(group, out var i) && parentOf[i] is { } parent) yield return (outer, parent);
    }

    private void Add(string innerName, string[] innerLabels, string outerName, string[] outerLabels, int[] map)
    {
        if (!_byInner.TryGetValue(innerName, out var list)) _byInner[innerName] = list = [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < innerLabels.Length; i++) index.TryAdd(innerLabels[i], i);
        list.Add((outerName, [.. map.Select(m => m < 0 ? null! : outerLabels[m])], index));
    }

    // The outer group of each inner group, or null when some inner group spans two outer groups.
    private static int[]? ParentMap(int rows, int innerGroups, Func<int, int> inner, Func<int, int> outer)
    {
        var map = new int[innerGroups];
        Array.Fill(map, -1);
        for (var r = 0; r < rows; r++)
        {
            int i = inner(r), o = outer(r);
            if (map[i] < 0) map[i] = o;
            else if (map[i] != o) return null;
        }
        return map;
    }
}
