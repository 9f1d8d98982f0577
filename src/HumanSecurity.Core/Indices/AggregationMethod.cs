namespace HumanSecurity.Indices;

/// <summary>How a node combines its children.</summary>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean.</summary>
    ArithmeticMean,

    /// <summary>Weighted geometric mean; zeros or negatives are an error.</summary>
    GeometricMean,

    /// <summary>Weighted harmonic mean; zeros or negatives are an error.</summary>
    HarmonicMean,

    /// <summary>Weighted power mean with exponent <see cref="AggregateSpec.Parameter"/> (0 = geometric).</summary>
    GeneralisedMean,

    /// <summary>Smallest child value.</summary>
    Min,

    /// <summary>Largest weighted child value, max(w_i / w_max · x_i); with equal weights the plain maximum.</summary>
    Max,

    /// <summary>INFORM soft maximum c − GM(c − x) with c = <see cref="AggregateSpec.Parameter"/> (11 in INFORM).</summary>
    SoftMax,

    /// <summary>Copeland outranking score across units (COINr <c>a_copeland</c>).</summary>
    Copeland,

    /// <summary>Geometric mean that allows zeros (0 when any child is 0), e.g. the Compound Risk Monitor's √(U·E).</summary>
    GeometricMeanZero,

    /// <summary>Flag count: number of children ≥ <see cref="AggregateSpec.Parameter"/> (high) plus half the number in
    /// [<see cref="AggregateSpec.Parameter2"/>, high) (medium), as the Compound Risk Monitor counts flags.</summary>
    FlagCount,
}
