namespace HumanSecurity.Poverty;

/// <summary>One indicator of a poverty measure: a 0/1 deprivation column, an achievement with a cutoff, or a roster rule.</summary>
/// <param name="Name">Output name (defaults to the column).</param>
/// <param name="Column">Household column (0/1 when <paramref name="DeprivedIf"/> is null).</param>
/// <param name="Dimension">Dimension the indicator belongs to.</param>
/// <param name="Weight">Exact nested weight; the weights of a spec sum to exactly 1.</param>
/// <param name="DeprivedIf">Cutoff on an achievement column; null for a 0/1 deprivation column.</param>
/// <param name="Roster">Rule building the indicator from the person roster; null for household columns.</param>
/// <param name="Location">Where the indicator is written in the spec, for errors.</param>
public sealed record PovertyIndicator(
    string Name,
    string Column,
    string Dimension,
    Rational Weight,
    DeprivationRule? DeprivedIf = null,
    RosterRule? Roster = null,
    string Location = "");

/// <summary>A poverty cutoff k with the label it was written with (<c>33</c> = 33/100, <c>1/3</c>).</summary>
public sealed record PovertyCutoff(Rational Value, string Label);

/// <summary>Round and year columns for changes over time.</summary>
public sealed record TimeColumns(string Round, string? Year);

/// <summary>Confidence interval form of level estimates.</summary>
public enum IntervalKind
{
    /// <summary>expit(logit θ ± t·se/(θ(1−θ))), as mpitb and mpitbR (svyciprop method "logit").</summary>
    Logit,

    /// <summary>θ ± t·se.</summary>
    Wald,
}

/// <summary>How strata with a single PSU enter the variance.</summary>
public enum SingletonRule
{
    /// <summary>The lone PSU is centred at the grand mean of PSU totals (Stata <c>singleunit(centered)</c>, R "adjust").</summary>
    Centered,

    /// <summary>The stratum contributes nothing (Stata <c>singleunit(certainty)</c>).</summary>
    Certainty,

    /// <summary>A singleton stratum is an error (Stata's default leaves the SE missing).</summary>
    Fail,
}

/// <summary>Inference options.</summary>
/// <param name="Interval">Logit (default) or Wald level intervals.</param>
/// <param name="DesignDf">Use t with design df (#PSU − #strata); false = normal quantile.</param>
/// <param name="Level">Confidence level, default 0.95.</param>
/// <param name="Singleton">Singleton-stratum rule.</param>
/// <param name="Consecutive">Changes between consecutive rounds (true) or first-to-last only (false).</param>
public sealed record InferenceOptions(
    IntervalKind Interval = IntervalKind.Logit,
    bool DesignDf = true,
    double Level = 0.95,
    SingletonRule Singleton = SingletonRule.Centered,
    bool Consecutive = false);

/// <summary>A poverty measure specification (the YAML spec of docs/poverty.md).</summary>
public sealed record PovertySpec
{
    public string Name { get; init; } = "custom";

    public required string Unit { get; init; }

    public string? Weight { get; init; }

    public string? Size { get; init; }

    public string? Strata { get; init; }

    public string? Psu { get; init; }

    public IReadOnlyList<string> Over { get; init; } = [];

    public TimeColumns? Time { get; init; }

    public required IReadOnlyList<PovertyCutoff> K { get; init; }

    public required IReadOnlyList<PovertyIndicator> Indicators { get; init; }

    /// <summary>Severe poverty: c ≥ this (default 1/2).</summary>
    public Rational Severe { get; init; } = new(1, 2);

    /// <summary>Vulnerable: this ≤ c &lt; k (default 1/5).</summary>
    public Rational Vulnerable { get; init; } = new(1, 5);

    /// <summary>When an indicator's column is absent (or entirely missing), move its weight to the other indicators of
    /// its dimension (OPHI rule) instead of rejecting the data.</summary>
    public bool ReweightAbsent { get; init; }

    /// <summary>Person roster column linking members to <see cref="Unit"/> (default: same name).</summary>
    public string? RosterUnit { get; init; }

    public InferenceOptions Inference { get; init; } = new();

    /// <summary>Spec locations of top-level keys (<c>weight</c> → <c>spec.yaml:3</c>), for data errors.</summary>
    public IReadOnlyDictionary<string, string> KeyLocations { get; init; } = new Dictionary<string, string>();

    public string LocationOf(string key) => KeyLocations.TryGetValue(key, out var l) ? l : key;
}
