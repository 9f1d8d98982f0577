namespace HumanSecurity.Poverty;

/// <summary>Dense design identifiers: strata are (round, stratum) and PSUs are (round, stratum, psu), so PSUs are
/// nested in strata and rounds are independent samples. Without a PSU column each row is its own PSU.</summary>
internal static class DesignIds
{
    /// <summary>A direct lookup table is used when it has at most this many entries or one per row (4 bytes a row).</summary>
    private const long DirectLimit = 1_000_000;

    /// <summary>Ids for <c>m</c> retained rows (<c>idx</c> null = all rows); <c>round</c> is empty without a time column.</summary>
    public static (int[] Psu, int[] PsuStratum, int StrataCount) Build(DesignColumns design, int m, int[]? idx, int[] round)
    {
        var strata = design.Strata;
        var strataSpace = strata?.Space ?? 1;
        var rounds = round.Length == 0 ? 1 : round.Max() + 1;
        long StratumKey(int r) => (round.Length == 0 ? 0 : round[r]) * strataSpace + (strata is null ? 0 : strata[idx?[r] ?? r]);
        if (design.Psu is not { } psuKeys)
        {
            var (stratum, strataCount) = Densify(m, StratumKey, rounds * strataSpace);
            return (Enumerable.Range(0, m).ToArray(), stratum, strataCount);
        }
        var psuSpace = psuKeys.Space;
        var (psu, count) = Densify(m, r => StratumKey(r) * psuSpace + psuKeys[idx?[r] ?? r], rounds * strataSpace * psuSpace);
        // Strata numbered over PSUs (small), from each PSU's first row.
        var firstRow = new int[count];
        Array.Fill(firstRow, -1);
        for (var r = 0; r < m; r++) if (firstRow[psu[r]] < 0) firstRow[psu[r]] = r;
        var (psuStratum, strataTotal) = Densify(count, p => StratumKey(firstRow[p]), rounds * strataSpace);
        return (psu, psuStratum, strataTotal);
    }

    /// <summary>Dense ids 0..count−1 in order of first appearance.</summary>
    private static (int[] Ids, int Count) Densify(int rows, Func<int, long> key, long space)
    {
        var ids = new int[rows];
        var next = 0;
        if (space <= Math.Max(DirectLimit, rows))
        {
            var map = new int[space];
            Array.Fill(map, -1);
            for (var r = 0; r < rows; r++)
            {
                var k = key(r);
                if (map[k] < 0) map[k] = next++;
                ids[r] = map[k];
            }
            return (ids, next);
        }
        var dict = new Dictionary<long, int>();
        for (var r = 0; r < rows; r++)
        {
            var k = key(r);
            if (!dict.TryGetValue(k, out var id)) { id = next++; dict.Add(k, id); }
            ids[r] = id;
        }
        return (ids, next);
    }
}
