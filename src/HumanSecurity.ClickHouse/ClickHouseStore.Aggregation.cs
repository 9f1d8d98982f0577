using HumanSecurity.ClickHouse.Surveys;
using HumanSecurity.Poverty;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore : ISurveyAggregation
{
    /// <summary>Aggregates a stored survey into cells inside ClickHouse; see <see cref="SurveyPushdown"/>.</summary>
    public Task<SurveyAggregation> AggregateSurveyAsync(long datasetId, PovertySpec spec, bool standardErrors, CancellationToken cancellationToken = default) =>
        SurveyPushdown.AggregateAsync(this, datasetId, spec, standardErrors, cancellationToken);
}
