namespace HumanSecurity.Poverty;

/// <summary>Suppresses published cells whose domain has fewer than a minimum number of unweighted rows: the value, SE
/// and interval are blanked and <see cref="Estimate.Suppressed"/> is set; changes touching such a cell are blanked too.</summary>
public static class Suppression
{
    public static PovertyResult Apply(PovertyResult result, int minCount, out int suppressed)
    {
        ArgumentNullException.ThrowIfNull(result);
        suppressed = 0;
        if (minCount <= 0) return result;
        var small = new HashSet<(string Round, string Over, string Group)>();
        List<Estimate> Blank(IReadOnlyList<Estimate> rows, ref int count)
        {
            var list = new List<Estimate>(rows.Count);
            foreach (var r in rows)
            {
                if (r.N >= minCount) { list.Add(r); continue; }
                small.Add((r.Round, r.Over, r.Group));
                count++;
                list.Add(r with { Value = double.NaN, Se = double.NaN, CiLow = double.NaN, CiHigh = double.NaN, Suppressed = true });
            }
            return list;
        }
        var levels = Blank(result.Levels, ref suppressed);
        var measures = Blank(result.Measures, ref suppressed);
        var indicators = Blank(result.Indicators, ref suppressed);
        var changes = result.Changes.Select(c => small.Contains((c.T0, c.Over, c.Group)) || small.Contains((c.T1, c.Over, c.Group))
            ? c with { Value = double.NaN, Se = double.NaN, CiLow = double.NaN, CiHigh = double.NaN }
            : c).ToList();
        return new PovertyResult
        {
            Levels = levels, Measures = measures, Indicators = indicators, Changes = changes, Design = result.Design,
            IdentityError = result.IdentityError, TimingsMs = result.TimingsMs, WithStandardErrors = result.WithStandardErrors,
        };
    }
}
