namespace HumanSecurity.Poverty;

/// <summary>Checks a <see cref="PovertySpec"/> on its own (before data): weights exact and summing to 1, k in (0, 1],
/// unique indicator names, roster rules complete.</summary>
public static class PovertySpecValidator
{
    public static void Validate(PovertySpec spec, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(problems);
        if (spec.Indicators.Count == 0) problems.Error(spec.LocationOf("indicators"), "at least one indicator is required");
        var sum = Rational.Zero;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var ind in spec.Indicators)
        {
            if (ind.Weight <= Rational.Zero)
                problems.Error(ind.Location, $"indicator '{ind.Name}': weight {ind.Weight} must be positive");
            sum += ind.Weight;
            if (!names.Add(ind.Name)) problems.Error(ind.Location, $"indicator '{ind.Name}' appears twice");
            if (string.IsNullOrWhiteSpace(ind.Dimension)) problems.Error(ind.Location, $"indicator '{ind.Name}': dimension is required");
        }
        if (spec.Indicators.Count > 0 && sum != Rational.One)
            problems.Error(spec.LocationOf("indicators"),
                $"indicator weights sum to {sum} ({sum.ToDouble():R}), expected exactly 1; write weights as fractions such as 1/6 or 1/18");
        if (spec.K.Count == 0) problems.Error(spec.LocationOf("k"), "at least one poverty cutoff k is required");
        foreach (var k in spec.K) CheckCutoff(problems, spec.LocationOf("k"), "k", k.Value, k.Label);
        CheckCutoff(problems, spec.LocationOf("severe"), "severe", spec.Severe, spec.Severe.ToString());
        CheckCutoff(problems, spec.LocationOf("vulnerable"), "vulnerable", spec.Vulnerable, spec.Vulnerable.ToString());
        if (spec.Inference.Level is <= 0 or >= 1)
            problems.Error(spec.LocationOf("inference"), $"confidence level {spec.Inference.Level} must be in (0, 1)");
        if (spec.Time is { Year: null } && spec.Time is not null)
            problems.Warning(spec.LocationOf("time"), "no year column: annualised changes are not computed");
    }

    private static void CheckCutoff(ProblemList problems, string location, string key, Rational value, string label)
    {
        if (value <= Rational.Zero || value > Rational.One)
            problems.Error(location, $"{key} = {label} is outside (0, 1]; write k in percent (1..100) or as a fraction such as 1/3");
    }
}
