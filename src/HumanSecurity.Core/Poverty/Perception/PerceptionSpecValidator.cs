namespace HumanSecurity.Poverty.Perception;

/// <summary>Checks a <see cref="PerceptionSpec"/>: dimension weights exact and summing to 1, every item in a known
/// dimension and every dimension with an item, bands increasing with an open last band, cutoffs in (0, 1].</summary>
public static class PerceptionSpecValidator
{
    public static void Validate(PerceptionSpec spec, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(problems);
        var sum = Rational.Zero;
        foreach (var d in spec.Dimensions)
        {
            sum += d.Weight;
            if (d.Weight <= Rational.Zero) problems.Error(d.Location, $"dimension '{d.Name}': weight must be positive");
            if (!spec.Items.Any(i => i.Dimension == d.Name)) problems.Error(d.Location, $"dimension '{d.Name}' has no item");
        }
        if (spec.Dimensions.Count == 0) problems.Error(spec.LocationOf("dimensions"), "at least one dimension is required");
        else if (sum != Rational.One) problems.Error(spec.LocationOf("dimensions"), $"dimension weights sum to {sum}, expected exactly 1");
        foreach (var item in spec.Items)
        {
            if (!spec.Dimensions.Any(d => d.Name == item.Dimension))
                problems.Error(item.Location, $"item '{item.Column}': dimension '{item.Dimension}' is not listed under 'dimensions'");
            if (item.Weight <= 0 || double.IsNaN(item.Weight)) problems.Error(item.Location, $"item '{item.Column}': weight must be positive");
        }
        CheckBands(spec, problems);
        if (spec.DimensionCutoff <= Rational.Zero || spec.DimensionCutoff > Rational.One)
            problems.Error(spec.LocationOf("counting"), $"dimension_cutoff {spec.DimensionCutoff} is outside (0, 1]");
        foreach (var k in spec.K)
            if (k.Value <= Rational.Zero || k.Value > Rational.One) problems.Error(spec.LocationOf("counting"), $"k = {k.Label} is outside (0, 1]");
    }

    private static void CheckBands(PerceptionSpec spec, ProblemList problems)
    {
        var where = spec.LocationOf("bands");
        if (spec.Bands.Count == 0) { problems.Error(where, "at least one band is required"); return; }
        if (spec.Bands[^1].Below is not null) problems.Error(where, $"the last band '{spec.Bands[^1].Name}' must have no 'below' bound");
        var previous = Rational.Zero;
        foreach (var b in spec.Bands.Take(spec.Bands.Count - 1))
        {
            if (b.Below is not { } below) { problems.Error(where, $"band '{b.Name}' needs a 'below' bound (only the last band is open)"); continue; }
            if (below <= previous || below > Rational.One) problems.Error(where, $"band '{b.Name}': bounds must increase within (0, 1]");
            previous = below;
        }
    }
}
