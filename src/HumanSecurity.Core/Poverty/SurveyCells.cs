namespace HumanSecurity.Poverty;

/// <summary>The estimation sample reduced to cell totals: each cell is a PSU (when standard errors are wanted) × round ×
/// subgroup combination, with the weighted totals of <see cref="CellLayout"/>. Everything after this point (domains, SEs,
/// intervals, identities, changes) depends on the cells only, so the cells may come from the rows in memory
/// (<see cref="FromSample"/>) or from a store that aggregates them itself (<see cref="ISurveyAggregation"/>, built with
/// <see cref="SurveyPlan.Assemble"/>); <see cref="PovertyEstimator.Estimate(SurveyCells, PovertySpec)"/> gives the same
/// numbers for both.</summary>
public sealed class SurveyCells : ISurveyDescription, ICellKeys
{
    public required IReadOnlyList<PovertyIndicator> Indicators { get; init; }

    public required string[] RoundLabels { get; init; }

    /// <summary>Year of each round (NaN when unknown).</summary>
    public required double[] RoundYears { get; init; }

    public required bool HasTime { get; init; }

    public required IReadOnlyList<SubgroupLabels> Over { get; init; }

    public required Retention Retention { get; init; }

    public required IReadOnlyList<Problem> Warnings { get; init; }

    /// <summary>PSUs of the retained sample (rows when there is no PSU column).</summary>
    public required int PsuCount { get; init; }

    /// <summary>Strata (round × stratum) of the retained sample.</summary>
    public required int StrataCount { get; init; }

    /// <summary>Stratum of each PSU; empty without standard errors.</summary>
    public required int[] PsuStratum { get; init; }

    /// <summary>Every indicator is a cardinal achievement with a gap (M1 and M2 are defined).</summary>
    public required bool HasGaps { get; init; }

    /// <summary>Poverty cutoffs the totals are kept for.</summary>
    public required int Cutoffs { get; init; }

    /// <summary>Number of cells.</summary>
    public required int Count { get; init; }

    /// <summary>PSU of each cell (−1 for point-estimate cells).</summary>
    public required int[] Psu { get; init; }

    /// <summary>Round code of each cell.</summary>
    public required int[] Round { get; init; }

    /// <summary>Group code of each cell for each subgroup variable: <c>Group[v][cell]</c>.</summary>
    public required int[][] Group { get; init; }

    /// <summary>Totals, <see cref="Count"/> × <see cref="CellLayout.Width"/>.</summary>
    public required double[] Totals { get; init; }

    /// <summary>A person roster was given (indicators with roster rules were built from it).</summary>
    public bool HasRoster { get; init; }

    /// <summary>Cells are per PSU, so standard errors can be computed.</summary>
    public required bool WithStandardErrors { get; init; }

    public CellLayout Layout => new(Indicators.Count, Cutoffs);

    /// <summary>Aggregates the rows of an in-memory sample into cells (the embedded path).</summary>
    /// <param name="sample">The sample.</param>
    /// <param name="spec">Its spec.</param>
    /// <param name="standardErrors">Cells per PSU.</param>
    /// <param name="hasRoster">The sample was built with a person roster (for <see cref="HasRoster"/>).</param>
    public static SurveyCells FromSample(SurveySample sample, PovertySpec spec, bool standardErrors, bool hasRoster = false)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(spec);
        var layout = new CellLayout(sample.Indicators.Count, spec.K.Count);
        var thresholds = spec.K.Select(k => CellAccumulator.Threshold(k.Value, sample.UnitDenominator)).ToArray();
        var cells = CellIndex.Build(sample, standardErrors);
        var totals = CellAccumulator.Accumulate(sample, cells.RowCell, cells.Count, layout, thresholds,
            CellAccumulator.Threshold(spec.Severe, sample.UnitDenominator),
            CellAccumulator.Threshold(spec.Vulnerable, sample.UnitDenominator), CellAccumulator.Gaps(sample));
        return new SurveyCells
        {
            Indicators = sample.Indicators, RoundLabels = sample.RoundLabels, RoundYears = sample.RoundYears, HasTime = sample.HasTime,
            Over = sample.Over.Select(o => new SubgroupLabels(o.Name, o.Labels)).ToList(), Retention = sample.Retention, Warnings = sample.Warnings,
            PsuCount = sample.PsuCount, StrataCount = sample.StrataCount, PsuStratum = standardErrors ? sample.PsuStratum : [],
            HasGaps = sample.Gap.All(g => g is not null), Cutoffs = spec.K.Count, WithStandardErrors = standardErrors, HasRoster = hasRoster,
            Count = cells.Count, Psu = cells.Psu, Round = cells.Round, Group = cells.Group, Totals = totals,
        };
    }
}
