using HumanSecurity.Storage;

namespace HumanSecurity.Web.Api;

/// <summary>The one pass every API path that returns run scores makes before publishing them: a poverty cell marked
/// <c>suppressed</c> never carries a score or a rank (a rank would order the hidden value among the others).</summary>
/// <remarks>Disclosure control proper (primary suppression of small cells and the secondary suppression of their
/// complements, <c>HumanSecurity.Poverty.Suppression</c>) runs on the whole set of cells before a poverty run is saved:
/// complementary suppression needs every cell of a parent, so it cannot be done on one page of rows here. When that
/// function changes what it marks, this pass needs no change as long as suppressed cells keep the class
/// <see cref="SuppressedClass"/>.</remarks>
public static class PublishedScores
{
    /// <summary>The class label of a suppressed cell.</summary>
    public const string SuppressedClass = "suppressed";

    public const string PovertyKind = "poverty";

    public static IEnumerable<ScoreRow> Of(RunRecord run, IEnumerable<ScoreRow> rows)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        return run.Kind == PovertyKind ? rows.Select(Guard) : rows;
    }

    private static ScoreRow Guard(ScoreRow row) =>
        row.Class == SuppressedClass && (!double.IsNaN(row.Score) || row.Rank != 0) ? row with { Score = double.NaN, Rank = 0 } : row;
}
