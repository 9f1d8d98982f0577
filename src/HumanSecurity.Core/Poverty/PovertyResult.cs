namespace HumanSecurity.Poverty;

/// <summary>One estimate: a level (H, A, M0, severe, …) or an indicator measure (hd, hdk, actb, pctb) of one domain.</summary>
/// <param name="Round">Round label; empty without a time column.</param>
/// <param name="Over">Subgroup variable, or <c>all</c>.</param>
/// <param name="Group">Group label, or <c>all</c>.</param>
/// <param name="K">Poverty cutoff as written in the spec.</param>
/// <param name="Indicator">Indicator name for indicator measures; empty for levels.</param>
/// <param name="Measure">Measure name.</param>
/// <param name="Value">Point estimate.</param>
/// <param name="Se">Linearised standard error (NaN when not computed or not defined).</param>
/// <param name="CiLow">Lower confidence bound (NaN when not defined).</param>
/// <param name="CiHigh">Upper confidence bound.</param>
/// <param name="N">Unweighted rows in the domain.</param>
/// <param name="WeightedN">Σ weight × size in the domain.</param>
public sealed record Estimate(
    string Round, string Over, string Group, string K, string Indicator, string Measure,
    double Value, double Se, double CiLow, double CiHigh, double N, double WeightedN)
{
    /// <summary>True when the cell was suppressed for a small unweighted count.</summary>
    public bool Suppressed { get; init; }
}

/// <summary>A change between two rounds (absolute or relative, raw or annualised) with a delta-method SE.</summary>
public sealed record ChangeEstimate(
    string Over, string Group, string K, string Measure, string T0, string T1, string Type, bool Annualised,
    double Value, double Se, double CiLow, double CiHigh)
{
    /// <summary>Indicator of an hd/hdk change; empty for H, A and M0.</summary>
    public string Indicator { get; init; } = "";
}

/// <summary>Survey design summary for a run.</summary>
/// <param name="Psus">PSUs in the retained sample (rows when there is no PSU column).</param>
/// <param name="Strata">Strata (round × stratum).</param>
/// <param name="SingletonStrata">Strata with a single PSU.</param>
/// <param name="DegreesOfFreedom">#PSU − #strata.</param>
/// <param name="Singleton">Rule applied to singleton strata.</param>
public sealed record DesignSummary(int Psus, int Strata, int SingletonStrata, int DegreesOfFreedom, SingletonRule Singleton);

/// <summary>Everything a poverty run produces.</summary>
public sealed class PovertyResult
{
    public required IReadOnlyList<Estimate> Levels { get; init; }

    /// <summary>Further measures: severe, vulnerable, V (population variance among the poor), V_ophi (N/(N−1) form),
    /// M1, M2 (cardinal specs only), share (population share φ_g), contrib (φ_g·M0_g/M0).</summary>
    public required IReadOnlyList<Estimate> Measures { get; init; }

    public required IReadOnlyList<Estimate> Indicators { get; init; }

    public required IReadOnlyList<ChangeEstimate> Changes { get; init; }

    public required DesignSummary Design { get; init; }

    /// <summary>Largest deviation found in the identities M0 = Σφ_g·M0_g = Σw_j·h_j(k) (checked on every run).</summary>
    public required double IdentityError { get; init; }

    public required IReadOnlyDictionary<string, double> TimingsMs { get; init; }

    public bool WithStandardErrors { get; init; }
}
