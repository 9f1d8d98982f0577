using HumanSecurity.Storage;

namespace HumanSecurity.Runs;

/// <summary>What every runner returns for each run it made: the manifest and the result rows the run is saved by (store
/// mode) and compared by (<c>hso verify</c>).</summary>
/// <param name="Manifest">How the run was made.</param>
/// <param name="Scores">Result rows: a score per unit, node and period.</param>
public sealed record RunOutput(RunManifest Manifest, IReadOnlyList<ScoreRow> Scores);
