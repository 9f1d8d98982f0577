using System.Text.Json;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.ReadModels;

/// <summary>The score rows of one run, indexed: per node the rows by unit, the model nodes (reliability rows such as
/// <c>HSI|missing_share</c> apart), the class labels in order of severity, and the run's parameters.</summary>
public sealed class RunScores
{
    /// <summary>The class label of cells withheld for small counts (poverty runs): never shown as a value.</summary>
    public const string Suppressed = "suppressed";

    private readonly Dictionary<string, Dictionary<string, ScoreRow>> _byNode = new(StringComparer.Ordinal);

    public RunScores(RunRecord run, IReadOnlyList<ScoreRow> rows)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        Run = run;
        var nodes = new List<string>();
        foreach (var r in rows)
        {
            if (!_byNode.TryGetValue(r.Node, out var units))
            {
                _byNode[r.Node] = units = new Dictionary<string, ScoreRow>(StringComparer.Ordinal);
                if (!IsReliability(r.Node)) nodes.Add(r.Node);
            }
            units.TryAdd(r.Unit, r);
        }
        Nodes = nodes;
        Parameters = RunParameters.Parse(run.ParametersJson);
        Period = Parameters.Period ?? rows.Select(r => r.Period).FirstOrDefault(p => p is not null);
    }

    public RunRecord Run { get; }

    public RunParameters Parameters { get; }

    /// <summary>The period the run scored (from its parameters, else from its rows); null for runs without time.</summary>
    public string? Period { get; }

    /// <summary>Model nodes and indicators in the order of the rows.</summary>
    public IReadOnlyList<string> Nodes { get; }

    public static bool IsReliability(string node) => node.Contains('|', StringComparison.Ordinal);

    public bool HasNode(string node) => _byNode.ContainsKey(node) && !IsReliability(node);

    public ScoreRow? Row(string node, string unit) =>
        _byNode.TryGetValue(node, out var units) && units.TryGetValue(unit, out var r) ? r : null;

    /// <summary>A score, or NaN when absent or suppressed.</summary>
    public double Score(string node, string unit) => Row(node, unit) is { Class: not Suppressed } r ? r.Score : double.NaN;

    /// <summary>A reliability value of a node for a unit (<c>missing_share</c>, <c>imputed_share</c>, <c>data_age</c>), NaN when absent.</summary>
    public double Reliability(string node, string unit, string what) => Row(node + "|" + what, unit)?.Score ?? double.NaN;

    public IReadOnlyCollection<ScoreRow> RowsOf(string node) =>
        _byNode.TryGetValue(node, out var units) ? units.Values : [];

    /// <summary>The level (in the model tree) of a node: 1 for indicators.</summary>
    public int LevelOf(string node) => RowsOf(node).FirstOrDefault()?.Level ?? 0;

    /// <summary>The top nodes: those at the highest tree level, in row order (the index and any second view).</summary>
    public IReadOnlyList<string> TopNodes()
    {
        if (Nodes.Count == 0) return [];
        var top = Nodes.Max(LevelOf);
        return Nodes.Where(n => LevelOf(n) == top).ToList();
    }

    /// <summary>The node a map or profile shows first: the first top node of an index run, M0 at k = 33% (else the first
    /// M0) of a poverty run.</summary>
    public string? DefaultNode()
    {
        if (Run.Kind == "poverty")
            return Nodes.FirstOrDefault(n => n == "M0@k33") ?? Nodes.FirstOrDefault(n => n.StartsWith("M0@", StringComparison.Ordinal)) ?? Nodes.FirstOrDefault();
        return TopNodes().FirstOrDefault();
    }

    /// <summary>The class labels of a node ordered by their lowest score (least to most severe); suppression is not a class.</summary>
    public IReadOnlyList<string> ClassesOf(string node) =>
        RowsOf(node).Where(r => r.Class is not null && r.Class != Suppressed && double.IsFinite(r.Score))
            .GroupBy(r => r.Class!, StringComparer.Ordinal).OrderBy(g => g.Min(r => r.Score)).Select(g => g.Key).ToList();
}

/// <summary>What a run's parameters (the manifest's resolved options) say: index runs level, period (<c>year</c> in store
/// mode), panel (<c>FROM:TO</c>); poverty runs dataset, over, min_count. Options left at the model's default (null) are
/// not listed.</summary>
public sealed record RunParameters(string? Level, string? Period, string? Panel, IReadOnlyDictionary<string, string> All)
{
    public static RunParameters Parse(string? json)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(json))
        {
            try
            {
                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                    foreach (var p in doc.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                        all[p.Name] = Text(p.Value);
            }
            catch (JsonException)
            {
                all["parameters"] = json;
            }
        }
        return new RunParameters(all.GetValueOrDefault("level"), all.GetValueOrDefault("period") ?? all.GetValueOrDefault("year"), all.GetValueOrDefault("panel"), all);
    }

    private static string Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
        JsonValueKind.Object when v.TryGetProperty("from", out var from) && v.TryGetProperty("to", out var to) => $"{Bound(from)}:{Bound(to)}",
        _ => v.GetRawText(),
    };

    private static string Bound(JsonElement v) => v.ValueKind == JsonValueKind.Null ? "" : v.GetRawText();
}
