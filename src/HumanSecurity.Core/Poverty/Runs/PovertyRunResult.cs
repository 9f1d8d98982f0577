using HumanSecurity.Runs;

namespace HumanSecurity.Poverty.Runs;

/// <summary>What <see cref="PovertyRunner.RunAsync"/> made: the estimates (after suppression), the sample they came from,
/// the number of suppressed cells and the run output (manifest and score rows).</summary>
public sealed record PovertyRunResult(PovertyResult Result, SurveySample Sample, int Suppressed, RunOutput Output)
{
    public RunManifest Manifest => Output.Manifest;
}
