using HumanSecurity.Runs;

namespace HumanSecurity.Indices.Runs;

/// <summary>What <see cref="IndexRunner.RunAsync"/> made: the (latest) run, the panel when one was asked for, and one
/// <see cref="RunOutput"/> per run to write or save (a store panel gives one per year, everything else one).</summary>
public sealed record IndexResult(IndexRun Run, IndexPanel? Panel, IReadOnlyList<RunOutput> Outputs)
{
    /// <summary>The manifest of the latest (or only) run.</summary>
    public RunManifest Manifest => Outputs[^1].Manifest;
}
