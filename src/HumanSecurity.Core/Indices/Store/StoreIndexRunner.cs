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
        var input = await StoreIndexInput.ReadAsync(store, model, level, year, lookBack, ct).ConfigureAwait(false);
        var run = IndexPipeline.Run(input.Model, input.Data, options);
        var rows = Rows(run, input);
        var datasets = await store.GetDatasetsAsync(ct).ConfigureAwait(false);
        var record = new RunRecord(0, "index", model.Name, ModelHash(model), datasets.Count == 0 ? 0 : datasets.Max(d => d.Id), DateTimeOffset.UtcNow)
        {
            ParametersJson = string.Create(CultureInfo.InvariantCulture,
                $"{{\"level\":\"{level.ToCode()}\",\"period\":\"{input.Year}\",\"look_back\":{lookBack},\"indicators\":{input.Model.Indicators.Count},\"units\":{run.Units.Length}}}"),
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
