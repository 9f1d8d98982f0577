namespace HumanSecurity.Poverty;

/// <summary>Cell totals rolled up to the domains of one subgroup variable (domain = round × group), and, for
/// standard errors, to PSU × domain totals.</summary>
internal sealed class DomainSet
{
    public required string Over { get; init; }

    public required string[] Labels { get; init; }

    public required int Rounds { get; init; }

    /// <summary>Domain totals, <c>Domains × width</c>.</summary>
    public required double[] Totals { get; init; }

    /// <summary>Stratum of each PSU × domain entry (empty without SEs).</summary>
    public required int[] EntryStratum { get; init; }

    /// <summary>Entries of each domain (indices into the per-measure rows of <see cref="EntryTotals"/>).</summary>
    public required int[][] DomainEntries { get; init; }

    /// <summary>PSU × domain totals, measure-major (<c>EntryTotals[m * EntryCount + e]</c>) so that a variance pass
    /// over one measure reads memory sequentially.</summary>
    public required double[] EntryTotals { get; init; }

    public required int EntryCount { get; init; }

    public int Groups => Labels.Length;

    /// <summary>The same domain totals without the PSU × domain entries (to release their memory).</summary>
    public DomainSet WithoutEntries() => new()
    {
        Over = Over, Labels = Labels, Rounds = Rounds, Totals = Totals,
        EntryStratum = [], DomainEntries = [], EntryTotals = [], EntryCount = 0,
    };

    public int Domains => Rounds * Groups;

    public int Domain(int round, int group) => round * Groups + group;

    /// <summary>Rolls cells up; <c>over</c> is the index of the subgroup variable, or −1 for the whole population.</summary>
    public static DomainSet Build(ICellKeys cells, double[] acc, int width, int over, string name, string[] labels, int rounds, int[] psuStratum)
    {
        var groups = labels.Length;
        var domains = rounds * groups;
        var totals = new double[domains * width];
        var domainOf = new int[cells.Count];
        for (var c = 0; c < cells.Count; c++)
        {
            var d = cells.Round[c] * groups + (over < 0 ? 0 : cells.Group[over][c]);
            domainOf[c] = d;
            Add(acc, c * width, totals, d * width, width);
        }
        var (entryStratum, domainEntries, entryTotals, entryCount) = cells.Count > 0 && cells.Psu[0] >= 0
            ? Entries(cells, acc, width, domainOf, domains, psuStratum)
            : ([], new int[domains][], [], 0);
        return new DomainSet
        {
            Over = name, Labels = labels, Rounds = rounds, Totals = totals,
            EntryStratum = entryStratum, DomainEntries = domainEntries, EntryTotals = entryTotals, EntryCount = entryCount,
        };
    }

    private static (int[] Stratum, int[][] DomainEntries, double[] Totals, int Count) Entries(
        ICellKeys cells, double[] acc, int width, int[] domainOf, int domains, int[] psuStratum)
    {
        var map = new Dictionary<long, int>(cells.Count);
        var entryOfCell = new int[cells.Count];
        var stratum = new List<int>();
        var perDomain = new int[domains];
        for (var c = 0; c < cells.Count; c++)
        {
            var key = (long)cells.Psu[c] * domains + domainOf[c];
            if (!map.TryGetValue(key, out var e))
            {
                e = stratum.Count;
                map.Add(key, e);
                stratum.Add(psuStratum[cells.Psu[c]]);
                perDomain[domainOf[c]]++;
            }
            entryOfCell[c] = e;
        }
        var count = stratum.Count;
        var totals = new double[(long)count * width];
        var domainEntries = new int[domains][];
        for (var d = 0; d < domains; d++) domainEntries[d] = new int[perDomain[d]];
        var filled = new int[domains];
        var seen = new bool[count];
        for (var c = 0; c < cells.Count; c++)
        {
            var e = entryOfCell[c];
            if (!seen[e]) { seen[e] = true; domainEntries[domainOf[c]][filled[domainOf[c]]++] = e; }
            for (var m = 0; m < width; m++) totals[(long)m * count + e] += acc[c * width + m];
        }
        return ([.. stratum], domainEntries, totals, count);
    }

    private static void Add(double[] from, int fromOffset, double[] to, int toOffset, int width)
    {
        for (var m = 0; m < width; m++) to[toOffset + m] += from[fromOffset + m];
    }
}
