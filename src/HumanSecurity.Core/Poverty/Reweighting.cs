namespace HumanSecurity.Poverty;

/// <summary>OPHI rule for an indicator absent from a survey: its weight goes to the other indicators of the same
/// dimension, in proportion to their weights, so each dimension keeps its weight.</summary>
internal static class Reweighting
{
    public static IReadOnlyList<PovertyIndicator> Apply(PovertySpec spec, IReadOnlyList<PovertyIndicator> present, ProblemList problems, List<Problem> warnings)
    {
        if (present.Count == spec.Indicators.Count) return present;
        var result = new List<PovertyIndicator>(present.Count);
        foreach (var dimension in spec.Indicators.Select(i => i.Dimension).Distinct(StringComparer.Ordinal))
        {
            var all = Sum(spec.Indicators.Where(i => i.Dimension == dimension));
            var kept = present.Where(i => i.Dimension == dimension).ToList();
            if (kept.Count == 0)
            {
                problems.Error(spec.LocationOf("indicators"), $"dimension '{dimension}' has no indicator left in the data; it cannot be reweighted");
                continue;
            }
            var keptSum = Sum(kept);
            var factor = all / keptSum;
            foreach (var ind in kept)
            {
                var w = ind.Weight * factor;
                if (w != ind.Weight)
                    warnings.Add(Problem.Warning(ind.Location, $"indicator '{ind.Name}' reweighted from {ind.Weight} to {w} (absent indicator in dimension '{dimension}')"));
                result.Add(ind with { Weight = w });
            }
        }
        // Keep spec order.
        return present.Select(p => result.First(r => r.Name == p.Name)).ToList();
    }

    private static Rational Sum(IEnumerable<PovertyIndicator> indicators)
    {
        var s = Rational.Zero;
        foreach (var i in indicators) s += i.Weight;
        return s;
    }
}
