namespace HumanSecurity.Runs;

/// <summary>What one node of a run actually used, after model defaults and run overrides were applied: an indicator's
/// weight, direction, normalisation, treatment (and what it did) and imputation; an aggregate's method, weight and
/// missing-data policy; a poverty indicator's weight, dimension and cutoff.</summary>
/// <param name="Code">Node or indicator code.</param>
/// <param name="Role"><c>indicator</c> or <c>aggregate</c>.</param>
/// <param name="Level">Level in the tree (1 = indicators).</param>
public sealed record NodeRecord(string Code, string Role, int Level)
{
    public const string Indicator = "indicator";

    public const string Aggregate = "aggregate";

    /// <summary>Parent node codes (the dimension of a poverty indicator).</summary>
    public IReadOnlyList<string> Parents { get; init; } = [];

    /// <summary>Weight inside the parent(s).</summary>
    public double Weight { get; init; }

    /// <summary>+1 or −1 for index indicators; null otherwise.</summary>
    public int? Direction { get; init; }

    /// <summary>Aggregation of an aggregate (<c>gmean</c>), normalisation of an index indicator (<c>minmax:0:100</c>), or
    /// deprivation rule of a poverty indicator.</summary>
    public string? Method { get; init; }

    /// <summary>Outlier treatment asked for (<c>default:5</c>, <c>none</c>).</summary>
    public string? Treat { get; init; }

    /// <summary>What the treatment did (<c>none</c>, <c>winsorised 2</c>, <c>log_ct</c>).</summary>
    public string? Treatment { get; init; }

    /// <summary>Imputation of missing values (<c>none</c>, <c>mean</c>, ...).</summary>
    public string? Impute { get; init; }

    /// <summary>Missing-data policy: <c>min_share:0.5</c> (share of children needed) for aggregates, <c>listwise</c> or
    /// <c>reweight</c> for poverty indicators.</summary>
    public string? MissingData { get; init; }
}
