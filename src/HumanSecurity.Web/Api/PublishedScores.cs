using HumanSecurity.Storage;

namespace HumanSecurity.Web.Api;

/// <summary>The one pass every API path that returns run scores makes before publishing them: a poverty cell marked
/// <c>suppressed</c> never carries a score or a rank (a rank would order the hidden value among the others).</summary>
/// <remarks>Disclosure control proper (<c>HumanSecurity.Poverty.Suppression.Apply</c>: primary suppression of small
/// cells, secondary suppression of their complements under every published parent, counts withheld) runs in
/// <c>PovertyRunner</c> on the whole set of cells before a poverty run is saved, and the saved rows of suppressed cells
/// (their confidence-bound rows included) carry no value and the class <see cref="SuppressedClass"/>. Complementary
/// suppression needs every cell of a parent, so it cannot be redone on one page of rows here; this pass only
/// guarantees that no API output gives a marked cell a number.</remarks>
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
