namespace HumanSecurity.Poverty;

/// <summary>The outcome of <see cref="ISurveyAggregation.AggregateSurveyAsync"/>: the cells, or why the store declined.</summary>
public sealed record SurveyAggregation(SurveyCells? Cells, string? DeclinedReason)
{
    public static SurveyAggregation Of(SurveyCells cells) => new(cells, null);

    public static SurveyAggregation Declined(string reason) => new(null, reason);
}
