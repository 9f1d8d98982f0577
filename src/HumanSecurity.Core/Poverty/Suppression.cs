namespace HumanSecurity.Poverty;

/// <summary>Disclosure control of published poverty cells: the one rule every output (files, store runs, the web and
/// exports that read them) goes through. A cell is one domain (round × subgroup variable × group).
/// <list type="number">
/// <item>Primary: a cell with fewer than <c>minCount</c> unweighted rows is suppressed.</item>
/// <item>Secondary: wherever a published parent (the whole population, or a group of a coarser variable that contains
/// the cell, e.g. the admin-1 area of an admin-2 cell) is partitioned by a variable and some of its children are
/// suppressed, more children are suppressed — the smallest published ones first — until the suppressed children are at
/// least two and hold at least <c>minCount</c> rows together (or are all the children). Then parent minus published
/// siblings gives only the pooled value of several suppressed cells, never one of them.</item>
/// <item>Every number of a suppressed cell is withheld: value, SE, interval, and its counts <c>n</c> and
/// <c>weighted_n</c> (which would otherwise give the weights to undo the pooling); changes touching it are blanked.</item>
/// </list>
/// The rule is repeated until nothing changes, since a secondary suppression can expose another parent.</summary>
public static class Suppression
{
    private const string All = "all";

    /// <summary>Applies the rule to every estimate of a run; <paramref name="sample"/> (when given) tells which groups nest
    /// in which (so parents other than the whole population are protected too).</summary>
    /// <param name="result">The estimates of a run.</param>
    /// <param name="minCount">Fewest unweighted rows a published cell may have (0: no suppression).</param>
    /// <param name="sample">The sample estimated, for the nesting of its subgroup variables; null: only the whole population is a parent.</param>
    /// <param name="suppressed">Estimate rows blanked (primary and secondary).</param>
    public static PovertyResult Apply(PovertyResult result, int minCount, SurveySample? sample, out int suppressed) =>
        Apply(result, minCount, GroupNesting.Of(sample), out suppressed);

    /// <summary>As <see cref="Apply(PovertyResult, int, SurveySample?, out int)"/>, with the nesting of the subgroup variables
    /// given (<see cref="GroupNesting.Of(SurveyCells?)"/> for cells a store aggregated).</summary>
    public static PovertyResult Apply(PovertyResult result, int minCount, GroupNesting nesting, out int suppressed)
    {
        ArgumentNullException.ThrowIfNull(result);
        suppressed = 0;
        if (minCount <= 0) return result;
        var cells = SuppressedCells([.. result.Levels, .. result.Measures, .. result.Indicators], minCount, nesting);
        if (cells.Count == 0) return result;
        var levels = Blank(result.Levels, cells, ref suppressed);
        var measures = Blank(result.Measures, cells, ref suppressed);
        var indicators = Blank(result.Indicators, cells, ref suppressed);
        var changes = result.Changes.Select(c => cells.Contains(new DomainCell(c.T0, c.Over, c.Group)) || cells.Contains(new DomainCell(c.T1, c.Over, c.Group))
            ? c with { Value = double.NaN, Se = double.NaN, CiLow = double.NaN, CiHigh = double.NaN }
            : c).ToList();
        return new PovertyResult
        {
            Levels = levels, Measures = measures, Indicators = indicators, Changes = changes, Design = result.Design,
            IdentityError = result.IdentityError, TimingsMs = result.TimingsMs, WithStandardErrors = result.WithStandardErrors,
        };
    }

    /// <summary>Applies the rule to one list of estimates (e.g. perception bands), each row carrying its cell's counts.</summary>
    public static IReadOnlyList<Estimate> Apply(IReadOnlyList<Estimate> rows, int minCount, SurveySample? sample, out int suppressed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        suppressed = 0;
        return minCount <= 0 ? rows : Blank(rows, SuppressedCells(rows, minCount, GroupNesting.Of(sample)), ref suppressed);
    }

    /// <summary>The cells to withhold under the rule (primary and secondary).</summary>
    public static HashSet<DomainCell> SuppressedCells(IEnumerable<Estimate> rows, int minCount, GroupNesting nesting)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(nesting);
        var counts = new Dictionary<DomainCell, double>();
        foreach (var r in rows) counts.TryAdd(new DomainCell(r.Round, r.Over, r.Group), r.N);
        var suppressed = counts.Where(c => !(c.Value >= minCount)).Select(c => c.Key).ToHashSet();
        if (suppressed.Count == 0) return suppressed;
        var families = Families(counts.Keys, nesting);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (parent, children) in families)
                if (!suppressed.Contains(parent) && Protect(children, counts, suppressed, minCount)) changed = true;
        }
        return suppressed;
    }

    // Suppresses the smallest published children until the suppressed ones are pooled safely; true when any was added.
    private static bool Protect(List<DomainCell> children, Dictionary<DomainCell, double> counts, HashSet<DomainCell> suppressed, int minCount)
    {
        var added = false;
        while (true)
        {
            var hidden = children.Where(suppressed.Contains).ToList();
            if (hidden.Count == 0 || hidden.Count == children.Count) return added;
            if (hidden.Count >= 2 && hidden.Sum(c => counts[c]) >= minCount) return added;
            var next = children.Where(c => !suppressed.Contains(c)).OrderBy(c => counts[c]).ThenBy(c => c.Group, StringComparer.Ordinal).First();
            suppressed.Add(next);
            added = true;
        }
    }

    // Each parent cell with the children of one partition under it: the whole population (per round) over every
    // variable's groups, and each group of an outer variable over the groups of every variable nested in it.
    private static List<(DomainCell Parent, List<DomainCell> Children)> Families(IEnumerable<DomainCell> cells, GroupNesting nesting)
    {
        var families = new Dictionary<(DomainCell Parent, string Over), List<DomainCell>>();
        foreach (var c in cells)
        {
            if (c.Over == All) continue;
            Add(families, new DomainCell(c.Round, All, All), c);
            foreach (var (outer, group) in nesting.ParentsOf(c.Over, c.Group)) Add(families, new DomainCell(c.Round, outer, group), c);
        }
        return [.. families.Select(f => (f.Key.Parent, f.Value))];
    }

    private static void Add(Dictionary<(DomainCell Parent, string Over), List<DomainCell>> families, DomainCell parent, DomainCell child)
    {
        if (!families.TryGetValue((parent, child.Over), out var list)) families[(parent, child.Over)] = list = [];
        list.Add(child);
    }

    private static List<Estimate> Blank(IReadOnlyList<Estimate> rows, HashSet<DomainCell> cells, ref int count)
    {
        var list = new List<Estimate>(rows.Count);
        foreach (var r in rows)
        {
            if (!cells.Contains(new DomainCell(r.Round, r.Over, r.Group))) { list.Add(r); continue; }
            count++;
            list.Add(r with { Value = double.NaN, Se = double.NaN, CiLow = double.NaN, CiHigh = double.NaN, N = double.NaN, WeightedN = double.NaN, Suppressed = true });
        }
        return list;
    }
}
