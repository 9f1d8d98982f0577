using HumanSecurity.Areas;

namespace HumanSecurity.Formats.Import;

/// <summary>Re-imported areas merged into the stored ones (<see cref="AreaMerge"/>) before they are staged, so that a
/// gazetteer imported again to add populations keeps the COD-AB names and validity dates; each stored area that changes
/// is recorded in the <see cref="ImportReport"/>.</summary>
public static class StoredAreas
{
    /// <summary>The areas to stage: new ones as read, stored ones merged. <paramref name="locate"/> gives the file row of
    /// an area (for the report).</summary>
    public static List<Area> Merge(IReadOnlyList<Area> incoming, IReadOnlyList<Area> stored, bool replaceNames, Func<Area, string> locate, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(locate);
        ArgumentNullException.ThrowIfNull(report);
        var byCode = stored.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var result = new List<Area>(incoming.Count);
        foreach (var area in incoming)
        {
            if (!byCode.TryGetValue(area.Code, out var old))
            {
                result.Add(area);
                continue;
            }
            var (merged, changes) = AreaMerge.Merge(old, area, replaceNames);
            if (changes.Count > 0) report.AreaChanges.Add(new AreaChange(area.Code, locate(area), changes));
            result.Add(merged);
        }
        return result;
    }
}
