namespace HumanSecurity.Poverty.Perception;

/// <summary>Recode of one survey item to a 0–1 insecurity score: a linear scale (<see cref="From"/> → 0,
/// <see cref="To"/> → 1; values outside the scale, such as WVS's negative codes, are missing) or an explicit map.</summary>
public sealed record ItemRecode(double From, double To, IReadOnlyDictionary<string, double>? Map = null)
{
    /// <summary>Insecurity score of a raw value, or NaN when missing / not on the scale / not in the map.</summary>
    public double Score(double value)
    {
        if (double.IsNaN(value)) return double.NaN;
        if (Map is not null)
            return Map.TryGetValue(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), out var s) ? s : double.NaN;
        var lo = Math.Min(From, To);
        var hi = Math.Max(From, To);
        if (value < lo || value > hi || From == To) return double.NaN;
        return (value - From) / (To - From);
    }
}

/// <summary>One perception item.</summary>
public sealed record PerceptionItem(string Column, string Dimension, ItemRecode Recode, double Weight = 1, string Location = "");

/// <summary>A dimension of the perception index with its exact weight.</summary>
public sealed record PerceptionDimension(string Name, Rational Weight, string Location = "");

/// <summary>A band of the person score: persons with score below <see cref="Below"/> (and not in an earlier band);
/// the last band has no upper bound.</summary>
public sealed record PerceptionBand(string Name, Rational? Below);

/// <summary>A person-level counting index over survey items (docs/poverty.md, "Perception index"): items are recoded
/// to 0–1 insecurity, averaged into dimensions, weighted into a person score, classified into bands; the counting
/// variant flags a person insecure in a dimension when its score reaches <see cref="DimensionCutoff"/> and runs the
/// Alkire–Foster measures over the dimensions, with the same design-based inference.</summary>
public sealed record PerceptionSpec
{
    public string Name { get; init; } = "perception";

    public required string Unit { get; init; }

    public string? Weight { get; init; }

    public string? Strata { get; init; }

    public string? Psu { get; init; }

    public IReadOnlyList<string> Over { get; init; } = [];

    public TimeColumns? Time { get; init; }

    public required IReadOnlyList<PerceptionItem> Items { get; init; }

    public required IReadOnlyList<PerceptionDimension> Dimensions { get; init; }

    public required IReadOnlyList<PerceptionBand> Bands { get; init; }

    public Rational DimensionCutoff { get; init; } = new(1, 2);

    public IReadOnlyList<PovertyCutoff> K { get; init; } = [new(new Rational(1, 2), "1/2")];

    public InferenceOptions Inference { get; init; } = new();

    public IReadOnlyDictionary<string, string> KeyLocations { get; init; } = new Dictionary<string, string>();

    public string LocationOf(string key) => KeyLocations.TryGetValue(key, out var l) ? l : key;
}
