namespace HumanSecurity.Poverty;

/// <summary>How eligible members' person-level deprivations make a household deprived.</summary>
public enum RosterAggregate
{
    /// <summary>Deprived if any eligible member with data is deprived (OPHI school attendance).</summary>
    Any,

    /// <summary>Deprived only if every eligible member is deprived: one non-deprived member with data suffices to be
    /// non-deprived (OPHI years of schooling: "no member has completed 6 years").</summary>
    All,

    /// <summary>Deprived if the share of deprived among eligible members with data is at least <see cref="RosterRule.Share"/>.</summary>
    Share,
}

/// <summary>What a household with no eligible member is.</summary>
public enum NoEligiblePolicy
{
    NonDeprived,
    Deprived,
    Missing,
}

/// <summary>Builds a household indicator from a person roster (see docs/poverty.md, "Roster rules").</summary>
/// <param name="Value">Person column the rule tests.</param>
/// <param name="DeprivedIf">Person-level cutoff on <paramref name="Value"/>.</param>
/// <param name="Aggregate">any / all / share.</param>
/// <param name="AgeColumn">Person column with age; null = every member is eligible.</param>
/// <param name="MinAge">Youngest eligible age (inclusive), or null.</param>
/// <param name="MaxAge">Oldest eligible age (inclusive), or null.</param>
/// <param name="Share">Threshold for <see cref="RosterAggregate.Share"/>.</param>
/// <param name="MinDataShare">When the result is not already decided, the household is missing unless at least this
/// share of eligible members has data (OPHI: 2/3). Zero means "at least one member with data".</param>
/// <param name="NoEligible">Value when no member is eligible (OPHI: non-deprived).</param>
public sealed record RosterRule(
    string Value,
    DeprivationRule DeprivedIf,
    RosterAggregate Aggregate,
    string? AgeColumn,
    double? MinAge,
    double? MaxAge,
    Rational Share,
    Rational MinDataShare,
    NoEligiblePolicy NoEligible);
