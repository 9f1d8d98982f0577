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

    /// <summary>PSU of each PSU × domain entry (empty without SEs).</summary>
    public required int[] EntryPsu { get; init; }

    /// <summary>Entries of each domain (indices into <see cref="EntryTotals"/>).</summary>
    public required List<int>[] DomainEntries { get; init; }

    public required double[] EntryTotals { get; init; }

    public int Groups => Labels.Length;

    public int Domains => Rounds * Groups;

    public int Domain(int round, int group) => round * Groups + group;

    /// <summary>Rolls cells up; <c>over</c> is the index of the subgroup variable, or −1 for the whole population.</summary>
    public static DomainSet Build(CellIndex cells, double[] acc, int width, int over, string name, string[] labels, int rounds)
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
        var entryPsu = new List<int>();
        var entries = new List<int>[domains];
        for (var d = 0; d < domains; d++) entries[d] = [];
        var entryTotals = new List<double>();
        if (cells.Count > 0 && cells.Psu[0] >= 0)
        {
            var map = new Dictionary<long, int>();
            for (var c = 0; c < cells.Count; c++)
            {
                var key = (long)cells.Psu[c] * domains + domainOf[c];
                if (!map.TryGetValue(key, out var e))
                {
                    e = entryPsu.Count;
                    map.Add(key, e);
                    entryPsu.Add(cells.Psu[c]);
                    entries[domainOf[c]].Add(e);
                    for (var m = 0; m < width; m++) entryTotals.Add(0);
                }
                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entryTotals);
                for (var m = 0; m < width; m++) span[e * width + m] += acc[c * width + m];
            }
        }
        return new DomainSet
        {
            Over = name, Labels = labels, Rounds = rounds, Totals = totals,
            EntryPsu = [.. entryPsu], DomainEntries = entries, EntryTotals = [.. entryTotals],
        };
    }

    private static void Add(double[] from, int fromOffset, double[] to, int toOffset, int width)
    {
        for (var m = 0; m < width; m++) to[toOffset + m] += from[fromOffset + m];
    }
}
