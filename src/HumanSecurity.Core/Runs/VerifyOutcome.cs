namespace HumanSecurity.Runs;

/// <summary>What <c>hso verify</c> found (exit codes 0, 1, 3).</summary>
public enum VerifyOutcome
{
    /// <summary>Every score recomputed equal (within <see cref="ScoreComparison.Tolerance"/>) from unchanged inputs.</summary>
    Equal,

    /// <summary>A score differs, a row is missing or extra, or an input file changed.</summary>
    Different,

    /// <summary>The run cannot be recomputed: no manifest, a dataset or file it names is gone or changed in the store.</summary>
    CannotVerify,
}
