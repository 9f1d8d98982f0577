namespace HumanSecurity.Poverty;

/// <summary>Dense design identifiers: strata are (round, stratum) and PSUs are (round, stratum, psu), so PSUs are
/// nested in strata and rounds are independent samples. Without a PSU column each row is its own PSU.</summary>
internal static class DesignIds
{
    public static (int[] Psu, int[] PsuStratum, int StrataCount) Build(DesignColumns design, int[] idx, int[] round)
    {
        var m = idx.Length;
        var strataPerRound = design.Strata?.Count ?? 1;
        var stratumKey = new Dictionary<long, int>();
        var stratum = new int[m];
        for (var r = 0; r < m; r++)
        {
            long key = (long)round[r] * strataPerRound + (design.Strata is null ? 0 : design.Strata.Codes[idx[r]]);
            if (!stratumKey.TryGetValue(key, out var s)) { s = stratumKey.Count; stratumKey.Add(key, s); }
            stratum[r] = s;
        }
        var psu = new int[m];
        var psuStratum = new List<int>();
        if (design.Psu is null)
        {
            for (var r = 0; r < m; r++) { psu[r] = r; psuStratum.Add(stratum[r]); }
            return (psu, [.. psuStratum], stratumKey.Count);
        }
        var psuKey = new Dictionary<long, int>();
        var psuCodes = design.Psu.Count;
        for (var r = 0; r < m; r++)
        {
            long key = (long)stratum[r] * psuCodes + design.Psu.Codes[idx[r]];
            if (!psuKey.TryGetValue(key, out var p)) { p = psuKey.Count; psuKey.Add(key, p); psuStratum.Add(stratum[r]); }
            psu[r] = p;
        }
        return (psu, [.. psuStratum], stratumKey.Count);
    }
}
