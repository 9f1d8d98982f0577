namespace HumanSecurity.Poverty;

/// <summary>What poverty outputs say about the sample behind the estimates, whether it was read into memory
/// (<see cref="SurveySample"/>) or aggregated by a store (<see cref="SurveyCells"/>).</summary>
public interface ISurveyDescription
{
    /// <summary>Indicators after reweighting, with their exact weights.</summary>
    IReadOnlyList<PovertyIndicator> Indicators { get; }

    /// <summary>Round labels; one empty label without a time column.</summary>
    string[] RoundLabels { get; }

    Retention Retention { get; }

    /// <summary>The sample has a time column (rounds).</summary>
    bool HasTime { get; }

    IReadOnlyList<Problem> Warnings { get; }
}
