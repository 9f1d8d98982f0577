using System.Globalization;
using HumanSecurity.Storage;

namespace HumanSecurity.Runs;

/// <summary>Compares saved and recomputed score rows by (unit, node, period): two missing scores are equal; a score
/// missing on one side only differs by infinity; two numbers are equal when they differ by at most
/// <see cref="Tolerance"/> (absolute, or relative to the saved score when it exceeds 1). The engine is deterministic, so
/// a recomputation on the same machine is exact; the tolerance absorbs last-bit differences of other CPUs and runtimes.</summary>
public static class ScoreComparison
{
    /// <summary>Largest difference still called equal (absolute; relative above 1).</summary>
    public const double Tolerance = 1e-9;

    public static VerifyReport Compare(IReadOnlyList<ScoreRow> saved, IReadOnlyList<ScoreRow> recomputed)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(recomputed);
        var fresh = new Dictionary<(string, string, string?), double>();
        foreach (var r in recomputed) fresh[(r.Unit, r.Node, r.Period)] = r.Score;
        var nodes = new SortedDictionary<string, NodeStats>(StringComparer.Ordinal);
        var missing = new List<ScoreRow>();
        foreach (var s in saved)
        {
            if (!fresh.Remove((s.Unit, s.Node, s.Period), out var value))
            {
                missing.Add(s);
                continue;
            }
            if (!nodes.TryGetValue(s.Node, out var stats)) nodes[s.Node] = stats = new NodeStats();
            stats.Add(s, value);
        }
        var reasons = new List<string>();
        if (missing.Count > 0) reasons.Add(Rows(missing.Count, "of the saved run are not in the recomputation", missing[0]));
        if (fresh.Count > 0)
        {
            var (unit, node, period) = fresh.Keys.Order().First();
            reasons.Add(Rows(fresh.Count, "of the recomputation are not in the saved run", new ScoreRow(unit, node, 0, period, 0, 0, null)));
        }
        var differences = nodes.Select(kv => kv.Value.ToDifference(kv.Key)).ToList();
        var differing = differences.Where(d => d.DifferingCells > 0).ToList();
        if (differing.Count > 0)
        {
            var worst = differing.MaxBy(d => d.MaxAbsDifference)!;
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"{differing.Count} node(s) differ; largest difference {worst.MaxAbsDifference:G6} on {worst.Node} for {worst.WorstUnit}{(worst.WorstPeriod is null ? "" : " in " + worst.WorstPeriod)}"));
        }
        return new VerifyReport(reasons.Count == 0 ? VerifyOutcome.Equal : VerifyOutcome.Different, reasons)
        {
            Nodes = differences,
            ComparedCells = differences.Sum(d => (long)d.Cells),
        };
    }

    /// <summary>True when two scores count as equal.</summary>
    public static bool Same(double saved, double recomputed)
    {
        if (double.IsNaN(saved) || double.IsNaN(recomputed)) return double.IsNaN(saved) && double.IsNaN(recomputed);
        return Math.Abs(saved - recomputed) <= Tolerance * Math.Max(1, Math.Abs(saved));
    }

    private static string Rows(int count, string what, ScoreRow example) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} score row(s) {what} (e.g. unit {example.Unit}, node {example.Node}{(example.Period is null ? "" : ", period " + example.Period)})");

    private sealed class NodeStats
    {
        private int _cells;
        private int _differing;
        private double _max;
        private ScoreRow? _worst;

        public void Add(ScoreRow saved, double recomputed)
        {
            _cells++;
            if (Same(saved.Score, recomputed)) return;
            _differing++;
            var diff = double.IsNaN(saved.Score) || double.IsNaN(recomputed) ? double.PositiveInfinity : Math.Abs(saved.Score - recomputed);
            if (_worst is not null && diff <= _max) return;
            (_max, _worst) = (diff, saved);
        }

        public NodeDifference ToDifference(string node) => new(node, _cells, _differing, _max, _worst?.Unit, _worst?.Period);
    }
}
