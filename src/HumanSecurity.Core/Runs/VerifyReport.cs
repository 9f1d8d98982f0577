namespace HumanSecurity.Runs;

/// <summary>The result of verifying a run: the outcome, why (each reason names the dataset, file or rows concerned), the
/// per-node comparison, and notes that do not change the outcome (e.g. a newer engine).</summary>
public sealed record VerifyReport(VerifyOutcome Outcome, IReadOnlyList<string> Reasons)
{
    /// <summary>Per node, sorted by code; empty when nothing was compared.</summary>
    public IReadOnlyList<NodeDifference> Nodes { get; init; } = [];

    /// <summary>Scores compared.</summary>
    public long ComparedCells { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A report of a run that cannot be recomputed.</summary>
    public static VerifyReport CannotVerify(params string[] reasons) => new(VerifyOutcome.CannotVerify, reasons);

    /// <summary>This report with more reasons for a difference (the outcome becomes <see cref="VerifyOutcome.Different"/>
    /// unless it is <see cref="VerifyOutcome.CannotVerify"/>).</summary>
    public VerifyReport WithDifferences(IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (reasons.Count == 0) return this;
        return this with
        {
            Outcome = Outcome == VerifyOutcome.CannotVerify ? Outcome : VerifyOutcome.Different,
            Reasons = [.. reasons, .. Reasons],
        };
    }
}
