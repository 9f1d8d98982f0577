using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HumanSecurity.Indices;

namespace HumanSecurity.Formats.Models;

/// <summary>Writes <c>analysis.json</c> beside a run's scores: effective weights of every node in each root, Cronbach's alpha
/// and first-principal-component weights of each aggregate's children, and the correlation matrix of each level.</summary>
public static class IndexAnalysisWriter
{
    public static void Write(IndexRun run, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        var tree = run.Tree;
        var effective = new JsonObject();
        foreach (var root in tree.Roots())
        {
            var eff = EffectiveWeights.Compute(tree, root);
            var map = new JsonObject();
            for (var n = 0; n < tree.NodeCount; n++) if (eff[n] > 0 && n != root) map[tree.Codes[n]] = eff[n];
            effective[tree.Codes[root]] = map;
        }
        var nodes = new JsonObject();
        for (var n = tree.IndicatorCount; n < tree.NodeCount; n++)
        {
            var entry = new JsonObject { ["cronbach_alpha"] = Finite(Correlations.CronbachAlpha(run, n)) };
            if (tree.Children[n].Length >= 2)
            {
                var (w, share) = Correlations.PcaWeights(run, n);
                var weights = new JsonObject();
                for (var k = 0; k < w.Length; k++) weights[tree.Codes[tree.Children[n][k]]] = Finite(w[k]);
                entry["pca_weights"] = weights;
                entry["pca_variance_share"] = Finite(share);
            }
            nodes[tree.Codes[n]] = entry;
        }
        var correlations = new JsonObject();
        foreach (var level in tree.Levels.Distinct().Order())
        {
            var (codes, m) = Correlations.ByLevel(run, level);
            var rows = new JsonArray();
            for (var i = 0; i < codes.Length; i++) rows.Add(new JsonArray([.. Enumerable.Range(0, codes.Length).Select(j => (JsonNode?)Finite(m[i, j]))]));
            correlations[level.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["codes"] = new JsonArray([.. codes.Select(c => (JsonNode?)c)]),
                ["matrix"] = rows,
            };
        }
        var json = new JsonObject { ["effective_weights"] = effective, ["nodes"] = nodes, ["correlations_by_level"] = correlations };
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static JsonNode? Finite(double v) => double.IsFinite(v) ? JsonValue.Create(Math.Round(v, 12)) : null;
}
