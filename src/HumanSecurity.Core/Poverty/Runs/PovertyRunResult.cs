using HumanSecurity.Runs;

namespace HumanSecurity.Poverty.Runs;

/// <summary>What <see cref="PovertyRunner.RunAsync"/> made: the estimates (after suppression), the sample they came from
/// (rows read into memory, or cells a store aggregated), the number of suppressed cells and the run output (manifest and
/// score rows).</summary>
public sealed record PovertyRunResult(PovertyResult Result, ISurveyDescription Sample, int Suppressed, RunOutput Output)
{
    /// <summary>Store mode: where the survey was aggregated (in the store, or in process and why); null for files.</summary>
    public SurveyCellsSource? Aggregation { get; init; }

    public RunManifest Manifest => Output.Manifest;
}
