namespace HumanSecurity.Poverty;

/// <summary>A store that can aggregate a stored survey into <see cref="SurveyCells"/> itself (pushdown), so that only the
/// cell totals travel instead of every household and person row. A store declines, with a reason, whatever it cannot
/// compute exactly as the in-memory path does; <see cref="StoreSurveyAggregation.AggregateAsync"/> then falls back to
/// reading the tables. Implemented by the ClickHouse store; Core knows no SQL: the store compiles a
/// <see cref="SurveyPlan"/> into its own queries and hands the totals back through <see cref="SurveyPlan.Assemble"/>.</summary>
public interface ISurveyAggregation
{
    /// <summary>Cells of survey dataset <paramref name="datasetId"/> for <paramref name="spec"/>, per PSU when
    /// <paramref name="standardErrors"/>; or a declined result.</summary>
    Task<SurveyAggregation> AggregateSurveyAsync(long datasetId, PovertySpec spec, bool standardErrors, CancellationToken cancellationToken = default);
}
