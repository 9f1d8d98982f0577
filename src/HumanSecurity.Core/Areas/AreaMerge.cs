using System.Globalization;

namespace HumanSecurity.Areas;

/// <summary>Merges an area read again from a file into the one already stored, so that a re-import adds to what the
/// store knows instead of dropping it. What the file gives replaces the stored value (kind, parent, validity dates,
/// geometry reference, a period's population); what it leaves out is kept (names in other languages, validity, other
/// periods' populations). Names are kept unless <c>replaceNames</c>: the stored display name and each stored language's
/// name stay, languages the file adds are added, and a display name from the file that is not just another spelling of a
/// stored name (<see cref="AreaNames"/>) is kept as an alternate name (<c>alt1</c>, <c>alt2</c>, ...) so it still
/// matches. With <c>replaceNames</c> the file's names replace them all.</summary>
public static class AreaMerge
{
    /// <summary>The merged area and one text per field that changed (empty when the file changes nothing).</summary>
    public static (Area Merged, IReadOnlyList<string> Changes) Merge(Area stored, Area incoming, bool replaceNames)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        var changes = new List<string>();
        var (name, names) = replaceNames ? ReplaceNames(stored, incoming, changes) : KeepNames(stored, incoming, changes);
        var merged = stored with
        {
            Name = name,
            AlternateNames = names,
            Kind = Pick(stored.Kind, incoming.Kind, "kind", k => k.ToCode(), changes),
            ParentCode = incoming.ParentCode is null ? stored.ParentCode : Pick(stored.ParentCode, incoming.ParentCode, "parent", p => p ?? "none", changes),
            ValidFrom = incoming.ValidFrom is null ? stored.ValidFrom : Pick(stored.ValidFrom, incoming.ValidFrom, "valid_from", Day, changes),
            ValidTo = incoming.ValidTo is null ? stored.ValidTo : Pick(stored.ValidTo, incoming.ValidTo, "valid_to", Day, changes),
            GeometryRef = incoming.GeometryRef ?? stored.GeometryRef,
            Populations = MergePopulations(stored.Populations, incoming.Populations, changes),
        };
        return (merged, changes);
    }

    private static (string, IReadOnlyDictionary<string, string>) KeepNames(Area stored, Area incoming, List<string> changes)
    {
        var names = new Dictionary<string, string>(stored.AlternateNames, StringComparer.Ordinal);
        foreach (var (language, name) in incoming.AlternateNames)
        {
            if (!names.TryGetValue(language, out var kept))
            {
                names[language] = name;
                changes.Add($"name_{language} '{name}' added");
            }
            else if (kept != name) changes.Add($"name_{language} '{kept}' kept (the file gives '{name}'; --replace-names replaces it)");
        }
        var spelling = AreaNames.Normalise(incoming.Name);
        if (incoming.Name != stored.Name && names.Values.Prepend(stored.Name).Any(n => AreaNames.Normalise(n) == spelling))
            changes.Add($"name '{stored.Name}' kept (the file writes it '{incoming.Name}')");
        else if (incoming.Name != stored.Name)
        {
            var key = Enumerable.Range(1, 99).Select(i => "alt" + i.ToString(CultureInfo.InvariantCulture)).First(k => !names.ContainsKey(k));
            names[key] = incoming.Name;
            changes.Add($"name '{stored.Name}' kept; the file's '{incoming.Name}' added as {key} (--replace-names replaces it)");
        }
        return (stored.Name, names);
    }

    private static (string, IReadOnlyDictionary<string, string>) ReplaceNames(Area stored, Area incoming, List<string> changes)
    {
        if (incoming.Name != stored.Name) changes.Add($"name '{stored.Name}' replaced by '{incoming.Name}'");
        foreach (var (language, name) in stored.AlternateNames)
        {
            if (!incoming.AlternateNames.TryGetValue(language, out var now)) changes.Add($"name_{language} '{name}' removed");
            else if (now != name) changes.Add($"name_{language} '{name}' replaced by '{now}'");
        }
        foreach (var (language, name) in incoming.AlternateNames.Where(n => !stored.AlternateNames.ContainsKey(n.Key)))
            changes.Add($"name_{language} '{name}' added");
        return (incoming.Name, incoming.AlternateNames);
    }

    private static T Pick<T>(T stored, T incoming, string field, Func<T, string> show, List<string> changes)
    {
        if (!EqualityComparer<T>.Default.Equals(stored, incoming)) changes.Add($"{field} {show(stored)} → {show(incoming)}");
        return incoming;
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static List<AreaPopulation> MergePopulations(IReadOnlyList<AreaPopulation> stored, IReadOnlyList<AreaPopulation> incoming, List<string> changes)
    {
        var byPeriod = stored.ToDictionary(p => p.Period);
        foreach (var p in incoming)
        {
            if (!byPeriod.TryGetValue(p.Period, out var old)) changes.Add(string.Create(CultureInfo.InvariantCulture, $"population {p.Period}: {p.Population} added"));
            else if (old.Population != p.Population) changes.Add(string.Create(CultureInfo.InvariantCulture, $"population {p.Period}: {old.Population} → {p.Population}"));
            byPeriod[p.Period] = p;
        }
        return [.. byPeriod.Values.OrderBy(p => p.Period)];
    }
}
