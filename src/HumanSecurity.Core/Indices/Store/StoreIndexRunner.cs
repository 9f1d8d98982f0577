using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HumanSecurity.Areas;
using HumanSecurity.Indices.Steps;
using HumanSecurity.Storage;

namespace HumanSecurity.Indices;

/// <summary>Runs a model on a store (store mode of <c>hso index run</c>): reads the catalogue and observations, scores every
/// area of the level, rolls scores up to parent areas by population, and saves the run. Reliability is saved beside every
/// score as rows with level 0 and node <c>NODE|missing_share</c>, <c>NODE|imputed_share</c>, <c>NODE|data_age</c>.</summary>
public static class StoreIndexRunner
{
    public static async Task<(RunRecord Run, IReadOnlyList<ScoreRow> Rows, IndexRun Index)> RunAsync(IStore store, IndexModel model, AreaKind level,
        int? year, PipelineOptions options, int lookBack = 5, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var input = await StoreIndexInput.ReadAsync(store, model, level, year, lookBack, ct).ConfigureAwait(false);
        var run = IndexPipeline.Run(input.Model, input.Data, options);
        run.Period = input.Year;
        return await SaveAsync(store, model, level, input, run, lookBack, null, ct).ConfigureAwait(false);
    }

    /// <summary>A panel on the store: one saved run per year from <paramref name="from"/> to <paramref name="to"/>, saved in
    /// ascending order (so the latest run is the latest year), each with ScoreRows tagged with its year. Min-max, dist2max and
    /// data-derived goalposts use bounds pooled over all the years (<see cref="IndexPanel"/>). Every year is read and scored
    /// before anything is saved, so bad data saves nothing.</summary>
    public static async Task<(IReadOnlyList<(RunRecord Run, IReadOnlyList<ScoreRow> Rows)> Saved, IndexPanel Panel)> RunPanelAsync(IStore store,
        IndexModel model, AreaKind level, int from, int to, PipelineOptions options, int lookBack = 5, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = new List<StoreIndexInput>();
        for (var y = from; y <= to; y++)
        {
            try { inputs.Add(await StoreIndexInput.ReadAsync(store, model, level, y, lookBack, ct).ConfigureAwait(false)); }
            catch (InvalidInputException e)
            {
                throw new InvalidInputException([.. e.Problems.Select(p => p with { Message = $"period {y}: {p.Message}" })]);
            }
        }
        var bounds = IndexPanel.Pool(inputs.Select(i => IndexPipeline.Run(i.Model, i.Data, options with { KeepSteps = true })));
        var runs = inputs.Select(i => IndexPipeline.Run(i.Model, i.Data, options with { PooledBounds = bounds })).ToList();
        for (var k = 0; k < runs.Count; k++) runs[k].Period = inputs[k].Year;
        var panel = string.Create(CultureInfo.InvariantCulture, $"{from}:{to}");
        var saved = new List<(RunRecord, IReadOnlyList<ScoreRow>)>();
        for (var k = 0; k < inputs.Count; k++)
        {
            var (record, rows, _) = await SaveAsync(store, model, level, inputs[k], runs[k], lookBack, panel, ct).ConfigureAwait(false);
            saved.Add((record, rows));
        }
        return (saved, IndexPanel.FromRuns(runs, bounds));
    }

    private static async Task<(RunRecord Run, IReadOnlyList<ScoreRow> Rows, IndexRun Index)> SaveAsync(IStore store, IndexModel model, AreaKind level,
        StoreIndexInput input, IndexRun run, int lookBack, string? panel, CancellationToken ct)
    {
        var rows = Rows(run, input);
        var datasets = await store.GetDatasetsAsync(ct).ConfigureAwait(false);
        var panelJson = panel is null ? "" : $",\"panel\":\"{panel}\"";
        var record = new RunRecord(0, "index", model.Name, ModelHash(model), datasets.Count == 0 ? 0 : datasets.Max(d => d.Id), DateTimeOffset.UtcNow)
        {
            ParametersJson = string.Create(CultureInfo.InvariantCulture,
                $"{{\"level\":\"{level.ToCode()}\",\"period\":\"{input.Year}\"{panelJson},\"look_back\":{lookBack},\"indicators\":{input.Model.Indicators.Count},\"units\":{run.Units.Length}}}"),
        };
        var saved = await store.SaveRunAsync(record, rows, ct).ConfigureAwait(false);
        return (saved, rows, run);
    }

    public static string ModelHash(IndexModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = model.SourceText ?? string.Join('\n', model.Indicators.Select(i => i.ToString()).Concat(model.Nodes.Select(n => n.ToString())));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static List<ScoreRow> Rows(IndexRun run, StoreIndexInput input)
    {
        var period = input.Year.ToString(CultureInfo.InvariantCulture);
        var tree = run.Tree;
        var rows = new List<ScoreRow>();
        for (var u = 0; u < run.Units.Length; u++)
            for (var n = 0; n < tree.NodeCount; n++)
                rows.Add(new ScoreRow(run.Units[u], tree.Codes[n], tree.Levels[n], period, run.Scores[n][u], run.Ranks[n][u], run.ClassOf(n, u)));
        if (input.Model.RollUp == RollUp.Scores) AddRollUps(rows, run, input, period);
        AddReliability(rows, run, input, period);
        return rows;
    }

    private static void AddRollUps(List<ScoreRow> rows, IndexRun run, StoreIndexInput input, string period)
    {
        var rolled = AreaRollUp.Compute(run, input.Areas, input.Year);
        var kinds = input.Areas.ToDictionary(a => a.Code, a => a.Kind, StringComparer.Ordinal);
        foreach (var kindGroup in rolled.GroupBy(kv => kinds[kv.Key]))
        {
            var codes = kindGroup.Select(kv => kv.Key).ToArray();
            for (var n = 0; n < run.Tree.NodeCount; n++)
            {
                var col = codes.Select(c => rolled[c][n]).ToArray();
                var ranks = new int[col.Length];
                Ranking.DescendingMinRanks(col, ranks, new RankBuffer(col.Length));
                for (var k = 0; k < codes.Length; k++)
                    rows.Add(new ScoreRow(codes[k], run.Tree.Codes[n], run.Tree.Levels[n], period, col[k], ranks[k], run.Tree.Model.Classify(col[k])));
            }
        }
    }

    private static void AddReliability(List<ScoreRow> rows, IndexRun run, StoreIndexInput input, string period)
    {
        var rel = Reliability.Compute(run);
        var leaves = Reliability.Leaves(run.Tree);
        var unitIndex = input.Data.Units.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
        for (var u = 0; u < run.Units.Length; u++)
        {
            var source = unitIndex[run.Units[u]];
            for (var n = 0; n < run.Tree.NodeCount; n++)
            {
                var ages = leaves[n].Select(l => input.Ages[run.Tree.Codes[l]][source]).Where(a => !double.IsNaN(a)).ToList();
                var code = run.Tree.Codes[n];
                rows.Add(new ScoreRow(run.Units[u], code + "|missing_share", 0, period, rel.MissingShare[n][u], 0, null));
                rows.Add(new ScoreRow(run.Units[u], code + "|imputed_share", 0, period, rel.ImputedShare[n][u], 0, null));
                rows.Add(new ScoreRow(run.Units[u], code + "|data_age", 0, period, ages.Count == 0 ? double.NaN : ages.Average(), 0, null));
            }
        }
    }
}
