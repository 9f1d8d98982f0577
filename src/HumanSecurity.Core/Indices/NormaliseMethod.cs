namespace HumanSecurity.Indices;

/// <summary>How indicator values are brought to a common scale.</summary>
public enum NormaliseMethod
{
    /// <summary>Values kept as they are (direction is still applied by sign).</summary>
    None,

    /// <summary>Min–max to [A, B].</summary>
    MinMax,

    /// <summary>z-score with mean A and standard deviation B (sample s.d., n − 1).</summary>
    ZScore,

    /// <summary>Fixed goalposts per indicator, values capped, scaled to [0, B] (INFORM: 0–10), inverted for direction −1.</summary>
    Goalposts,

    /// <summary>Rank (average rank for ties), 1 = lowest.</summary>
    Rank,

    /// <summary>Percentile rank: rank / number of non-missing values.</summary>
    PercentRank,

    /// <summary>Distance to the maximum: 1 − (max − x) / (max − min).</summary>
    DistanceToMax,

    /// <summary>Distance to the indicator's reference unit (unit code in the indicator's <c>reference</c>).</summary>
    DistanceToReference,

    /// <summary>Distance to the indicator's target, capped at 1.</summary>
    DistanceToTarget,

    /// <summary>Borda score: number of units with a strictly lower value.</summary>
    Borda,
}
