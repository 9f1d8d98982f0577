using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.Overview;

/// <summary>Reads the score rows of a run: which nodes it has, which one to show first, its class labels in order of
/// severity, and a map layer of one node.</summary>
internal static class RunNodes
{
    /// <summary>The node poverty runs show first: the adjusted headcount ratio at the k = 33% cutoff.</summary>
    public const string PovertyDefault = "M0@k33";

    /// <summary>Reliability rows (<c>NODE|missing_share</c> etc.) are not nodes of the model.</summary>
    public static bool IsReliability(string node) => node.Contains('|', StringComparison.Ordinal);

    /// <summary>The nodes worth a map link: the aggregates (tree level 2 and up, highest first) when the run has them,
    /// else every node, in the order of the rows.</summary>
    public static IReadOnlyList<string> MapNodes(IReadOnlyList<ScoreRow> scores)
    {
        var nodes = scores.Where(r => !IsReliability(r.Node)).GroupBy(r => r.Node, StringComparer.Ordinal)
            .Select((g, i) => (Node: g.Key, g.First().Level, Order: i)).ToList();
        var aggregates = nodes.Where(n => n.Level >= 2).ToList();
        return aggregates.Count > 0
            ? aggregates.OrderByDescending(n => n.Level).ThenBy(n => n.Order).Select(n => n.Node).ToList()
            : nodes.OrderBy(n => MeasureOrder(n.Node)).ThenBy(n => n.Order).Select(n => n.Node).ToList();
    }

    /// <summary>Poverty nodes <c>MEASURE@kK</c>: M0 first, then H and A; other nodes keep their order.</summary>
    private static int MeasureOrder(string node) => node.Split('@')[0] switch { "M0" => 0, "H" => 1, "A" => 2, _ => 3 };

    public static string? DefaultNode(IReadOnlyList<ScoreRow> scores)
    {
        var nodes = MapNodes(scores);
        return nodes.Contains(PovertyDefault, StringComparer.Ordinal) ? PovertyDefault : nodes.FirstOrDefault();
    }

    public static bool HasNode(IReadOnlyList<ScoreRow> scores, string node) => scores.Any(r => r.Node == node);

    /// <summary>The class labels of a node ordered by their lowest score (least to most severe); the suppression
    /// marker is not a class.</summary>
    public static IReadOnlyList<string> Classes(IEnumerable<ScoreRow> rows) =>
        rows.Where(r => r.Class is not null && r.Class != MapLayer.Suppressed && double.IsFinite(r.Score))
            .GroupBy(r => r.Class!, StringComparer.Ordinal).OrderBy(g => g.Min(r => r.Score)).Select(g => g.Key).ToList();

    /// <summary>A map layer of one node: every unit's score (higher = worse, as for the index and poverty measures).</summary>
    public static MapLayer Layer(RunRecord run, string node, IReadOnlyList<ScoreRow> scores)
    {
        var rows = scores.Where(r => r.Node == node).ToList();
        var values = rows.GroupBy(r => r.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var r = g.First();
            return new MapValue(r.Score, r.Period is not null && Period.TryParse(r.Period, out var p) ? p : null, r.Class);
        }, StringComparer.Ordinal);
        var unit = run.Kind == "index" ? "score" : "share";
        return new MapLayer($"Run {run.Id} ({run.Kind}, {run.Model}): {node}", unit, Direction.HigherIsWorse, values, Classes(rows));
    }
}
