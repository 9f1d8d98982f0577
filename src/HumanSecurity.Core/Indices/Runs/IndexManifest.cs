using System.Globalization;
using System.Text.Json.Nodes;
using HumanSecurity.Runs;

namespace HumanSecurity.Indices.Runs;

/// <summary>Builds the manifest of an index run: what every node used (after defaults and overrides) and the counts of
/// missing, imputed and treated cells.</summary>
internal static class IndexManifest
{
    public static RunManifest Build(IndexRequest request, IndexRun run, RunInputs inputs, JsonObject options, IReadOnlyList<string> periods,
        JsonObject details, int scoreRows, double totalMs)
    {
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (k, v) in run.Timings) timings[k] = Math.Round(v, 3);
        timings["total"] = Math.Round(totalMs, 3);
        return new RunManifest
        {
            Kind = IndexRunner.Kind,
            Engine = EngineInfo.Current,
            Model = request.Identity,
            Inputs = inputs,
            Options = options,
            Nodes = Nodes(run, request.Options),
            Periods = periods,
            Counts = Counts(run, scoreRows),
            TimingsMs = timings,
            CreatedAt = DateTimeOffset.UtcNow,
            Details = details,
        };
    }

    /// <summary>Every node as it was evaluated: indicators with their effective steps, aggregates with method, weight
    /// and the share of children they need.</summary>
    public static IReadOnlyList<NodeRecord> Nodes(IndexRun run, PipelineOptions options) => Nodes(run.Tree, options, run.Treatments);

    public static IReadOnlyList<NodeRecord> Nodes(IndexTree tree, PipelineOptions options, IReadOnlyList<string>? treatments)
    {
        var parents = tree.Parents();
        var defaults = tree.Model.Defaults;
        var nodes = new List<NodeRecord>(tree.NodeCount);
        for (var n = 0; n < tree.NodeCount; n++)
        {
            var record = new NodeRecord(tree.Codes[n], n < tree.IndicatorCount ? NodeRecord.Indicator : NodeRecord.Aggregate, tree.Levels[n])
            {
                Parents = [.. parents[n].Select(p => tree.Codes[p])],
                Weight = tree.Weights[n],
            };
            if (n < tree.IndicatorCount)
            {
                var ind = tree.Indicators[n];
                record = record with
                {
                    Direction = ind.Direction,
                    Method = (options.Normalise ?? ind.Normalise ?? defaults.Normalise).ToString(),
                    Treat = (options.Treat ?? ind.Treat ?? defaults.Treat).ToString(),
                    Treatment = treatments is null || n >= treatments.Count ? null : treatments[n],
                    Impute = (options.Impute ?? ind.Impute ?? defaults.Impute).ToString(),
                };
            }
            else
            {
                record = record with
                {
                    Method = tree.Methods[n].ToString(),
                    MissingData = string.Create(CultureInfo.InvariantCulture, $"min_share:{tree.MinShare[n]}"),
                };
            }
            nodes.Add(record);
        }
        return nodes;
    }

    private static RunCounts Counts(IndexRun run, int scoreRows)
    {
        long missing = 0, imputed = 0, treated = 0;
        for (var i = 0; i < run.Tree.IndicatorCount; i++)
        {
            long stillMissing = 0;
            for (var u = 0; u < run.Units.Length; u++)
            {
                if (run.Missing[i][u]) missing++;
                if (run.Imputed[i][u]) imputed++;
                if (run.Missing[i][u] && !run.Imputed[i][u]) stillMissing++;
            }
            treated += TreatedCells(run.Treatments[i], run.Units.Length - stillMissing);
        }
        return new RunCounts
        {
            Units = run.Units.Length,
            Indicators = run.Tree.IndicatorCount,
            Nodes = run.Tree.NodeCount,
            MissingCells = missing,
            ImputedCells = imputed,
            TreatedCells = treated,
            DroppedUnits = run.Screened.Count,
            ScoreRows = scoreRows,
        };
    }

    /// <summary>Cells a treatment changed: the winsorised points, or every present cell of a transformed column.</summary>
    private static long TreatedCells(string treatment, long present)
    {
        if (treatment == "none") return 0;
        const string winsorised = "winsorised ";
        return treatment.StartsWith(winsorised, StringComparison.Ordinal)
            && long.TryParse(treatment.AsSpan(winsorised.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var points)
            ? points
            : present;
    }
}
