namespace HumanSecurity.Poverty;

/// <summary>Dense design identifiers: strata are (round, stratum) and PSUs are (round, stratum, psu), so PSUs are
/// nested in strata and rounds are independent samples. Without a PSU column each row is its own PSU.</summary>
internal static class DesignIds
{
    /// <summary>A direct lookup table is used when it has at most this many entries or one per row (4 bytes a row).</summary>
    private const long DirectLimit = 1_000_000;

    public static (int[] Psu, int[] PsuStratum, int StrataCount) Build(DesignColumns design, int[] idx, int[] round)
    {
        var m = idx.Length;
        var strataPerRound = design.Strata?.Count ?? 1;
        var strataCodes = design.Strata?.Codes;
        var rounds = round.Length == 0 ? 1 : round.Max() + 1;
        var (stratum, strataCount) = Densify(m, r => (long)round[r] * strataPerRound + (strataCodes is null ? 0 : strataCodes[idx[r]]),
            (long)rounds * strataPerRound);
        if (design.Psu is null)
            return (Enumerable.Range(0, m).ToArray(), stratum, strataCount);
        var psuCodes = design.Psu.Codes;
        var psuCount = design.Psu.Count;
        var (psu, count) = Densify(m, r => (long)stratum[r] * psuCount + psuCodes[idx[r]], (long)strataCount * psuCount);
        var psuStratum = new int[count];
        for (var r = 0; r < m; r++) psuStratum[psu[r]] = stratum[r];
        return (psu, psuStratum, strataCount);
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
