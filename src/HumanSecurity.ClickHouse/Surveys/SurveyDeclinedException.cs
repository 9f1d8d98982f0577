namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>The pushdown cannot compute this spec on these tables exactly as the in-memory path would; the reason is
/// reported and the caller aggregates in memory instead.</summary>
internal sealed class SurveyDeclinedException : Exception
{
    public SurveyDeclinedException(string message) : base(message) { }

    public SurveyDeclinedException() : base("The store declined to aggregate the survey.") { }

    public SurveyDeclinedException(string message, Exception inner) : base(message, inner) { }
}
