using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Indices.Runs;

/// <summary>The one runner of index computations. It takes a resolved <see cref="IndexRequest"/> whose data comes from a
/// file (<see cref="IndexFileSource"/>) or the store (<see cref="IndexStoreSource"/>), runs the pipeline (one period or a
/// panel), and returns the runs with a <see cref="RunManifest"/> each. It writes nothing: the CLI writes files, and
/// <see cref="RunRecorder"/> saves store runs.</summary>
public static partial class IndexRunner
{
    /// <summary>Manifest kind of index runs.</summary>
    public const string Kind = "index";

    /// <summary>Runs the request.</summary>
    /// <exception cref="InvalidInputException">The model, data or options were rejected (every problem located).</exception>
    public static async Task<IndexResult> RunAsync(IndexRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        return request.Source switch
        {
            IndexFileSource file => RunFile(request, file, clock),
            IndexStoreSource store => await RunStoreAsync(request, store, clock, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"unknown index source {request.Source.GetType().Name}", nameof(request)),
        };
    }

    private static IndexResult RunFile(IndexRequest request, IndexFileSource source, Stopwatch clock)
    {
        if (request.Model.FromCatalogue)
            throw new InvalidInputException(request.Identity.Reference,
                "this model takes its indicators from the store's catalogue (indicators: {from_catalogue: true}); run it with --db");
        var inputs = new RunInputs([.. source.Files, .. request.OptionFiles], null);
        if (request.Panel is { } range)
        {
            var panel = IndexPanel.Run(request.Model, source.Data, request.Options, range.From, range.To);
            var periods = panel.Runs.Select(r => PeriodText(r.Period) ?? "").ToList();
            var details = WithWarnings(Details(panel.Latest, PanelJson(panel)), source.Data);
            var options = new IndexRunOptions(request.Options with { Period = null }, range, null, null, null);
            return new IndexResult(panel.Latest, panel, [Output(request, panel.Latest, inputs, options, periods, details, clock)]);
        }
        var run = IndexPipeline.Run(request.Model, source.Data, request.Options);
        var resolved = new IndexRunOptions(request.Options with { Period = run.Period }, null, null, null, null);
        var scored = PeriodText(run.Period) is { } p ? [p] : Array.Empty<string>();
        return new IndexResult(run, null, [Output(request, run, inputs, resolved, scored, WithWarnings(Details(run, null), source.Data), clock)]);
    }

    /// <summary>What the data reader skipped or assumed (e.g. footnote rows below a published table), kept with the run.</summary>
    private static JsonObject WithWarnings(JsonObject details, IndexData data)
    {
        if (data.Warnings.Count > 0) details["warnings"] = new JsonArray([.. data.Warnings.Select(w => (JsonNode)w.ToString())]);
        return details;
    }

    /// <summary>The score rows of a run: one per unit and node (file mode; store mode adds roll-ups and reliability).</summary>
    internal static List<ScoreRow> ScoreRows(IndexRun run, string? period)
    {
        var tree = run.Tree;
        var rows = new List<ScoreRow>(run.Units.Length * tree.NodeCount);
        for (var u = 0; u < run.Units.Length; u++)
            for (var n = 0; n < tree.NodeCount; n++)
                rows.Add(new ScoreRow(run.Units[u], tree.Codes[n], tree.Levels[n], period, run.Scores[n][u], run.Ranks[n][u], run.ClassOf(n, u)));
        return rows;
    }

    private static RunOutput Output(IndexRequest request, IndexRun run, RunInputs inputs, IndexRunOptions options, IReadOnlyList<string> periods,
        JsonObject details, Stopwatch clock, List<ScoreRow>? rows = null)
    {
        rows ??= ScoreRows(run, PeriodText(run.Period));
        var manifest = IndexManifest.Build(request, run, inputs, options.ToJson(), periods, details, rows.Count, clock.Elapsed.TotalMilliseconds);
        return new RunOutput(manifest, rows);
    }

    private static JsonObject Details(IndexRun run, JsonObject? panel)
    {
        var details = new JsonObject { ["screened_out"] = new JsonArray([.. run.Screened.Select(s => (JsonNode)s)]) };
        if (panel is not null) details["panel"] = panel;
        return details;
    }

    private static JsonObject PanelJson(IndexPanel panel)
    {
        var bounds = new JsonObject();
        foreach (var (code, (min, max)) in panel.Bounds.OrderBy(b => b.Key, StringComparer.Ordinal)) bounds[code] = new JsonArray(min, max);
        return new JsonObject
        {
            ["periods"] = new JsonArray([.. panel.Runs.Select(r => (JsonNode?)r.Period)]),
            ["normalisation"] = "pooled: min-max, dist2max and data-derived goalposts use each indicator's min and max over all periods",
            ["pooled_bounds"] = bounds,
        };
    }

    /// <summary>A period as written in score rows and manifests (<c>2024</c>), or null for a cross-section.</summary>
    public static string? PeriodText(double? period) => period?.ToString("R", CultureInfo.InvariantCulture);
}
