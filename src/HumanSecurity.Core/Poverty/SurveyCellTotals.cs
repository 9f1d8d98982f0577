using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>What a store's aggregation returns for <see cref="SurveyPlan.Assemble"/>: one row per cell with the cell's key
/// values as stored (round, stratum and PSU values, one value per subgroup variable) and its totals in
/// <see cref="CellLayout"/> order, plus what only the whole sample gives (labels, retention, design counts).</summary>
public sealed class SurveyCellTotals
{
    /// <summary>Totals, cells × <see cref="CellLayout.Width"/>.</summary>
    public required double[] Totals { get; init; }

    /// <summary>Round value of each cell (null without a time column).</summary>
    public Column? Round { get; init; }

    /// <summary>Stratum value of each cell (null without strata).</summary>
    public Column? Stratum { get; init; }

    /// <summary>PSU value of each cell when cells are per PSU (a row number when the spec has no PSU column).</summary>
    public Column? Psu { get; init; }

    /// <summary>Value of each subgroup variable for each cell, in spec order.</summary>
    public required IReadOnlyList<Column> Over { get; init; }

    /// <summary>Distinct round values of all rows (labels are made from these, as from the whole column in memory).</summary>
    public Column? AllRounds { get; init; }

    /// <summary>Distinct values of each subgroup variable over all rows, missing values included.</summary>
    public required IReadOnlyList<Column> AllOver { get; init; }

    /// <summary>Round value and year of the first retained row of each round (empty without a year column).</summary>
    public Column? YearRounds { get; init; }

    /// <summary>Years parallel to <see cref="YearRounds"/>.</summary>
    public double[] Years { get; init; } = [];

    public required Retention Retention { get; init; }

    /// <summary>PSUs in the retained sample.</summary>
    public required int PsuCount { get; init; }

    /// <summary>Strata (round × stratum) in the retained sample.</summary>
    public required int StrataCount { get; init; }
}
