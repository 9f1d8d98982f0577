namespace HumanSecurity.Indices;

/// <summary>How missing indicator values are filled.</summary>
public enum ImputeMethod
{
    None,
    Mean,
    Median,
    GroupMean,
    GroupMedian,

    /// <summary>Latest earlier value of the same unit within <see cref="ImputeSpec.LookBack"/> periods.</summary>
    Latest,

    /// <summary>Linear interpolation over time between the nearest earlier and later values of the same unit.</summary>
    Linear,
}
