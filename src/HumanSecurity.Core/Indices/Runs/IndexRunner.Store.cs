using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Indices.Steps;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Indices.Runs;

/// <summary>Store mode: reads the catalogue and observations (restricted to a snapshot when the source names one), scores
/// every area of the level, rolls scores up to parent areas by population, and adds reliability rows (level 0, node
/// <c>NODE|missing_share</c>, <c>NODE|imputed_share</c>, <c>NODE|data_age</c>) beside every score.</summary>
public static partial class IndexRunner
{
    private static async Task<IndexResult> RunStoreAsync(IndexRequest request, IndexStoreSource source, Stopwatch clock, CancellationToken ct)
    {
        var store = source.Store;
        var all = await store.GetDatasetsAsync(ct).ConfigureAwait(false);
        var snapshot = source.Datasets ?? [.. all.Select(d => d.Id)];
        var options = request.Options with { Period = null };
        if (request.Panel is { } range) return await RunStorePanelAsync(request, source, range, all, snapshot, options, clock, ct).ConfigureAwait(false);
        var input = await StoreIndexInput.ReadAsync(store, request.Model, source.Level, source.Year, source.LookBack, snapshot, ct).ConfigureAwait(false);
        var run = IndexPipeline.Run(input.Model, input.Data, options);
        run.Period = input.Year;
        var inputs = await InputsAsync(store, request, all, [input.Query], ct).ConfigureAwait(false);
        var resolved = new IndexRunOptions(options, null, source.Level, input.Year, source.LookBack);
        var year = Year(input.Year);
        var output = Output(request, run, inputs, resolved, [year], Details(run, null), clock, StoreRows(run, input));
        return new IndexResult(run, null, [output]);
    }

    /// <summary>A panel on the store: one run per year from the range's start to its end, every year read and scored before
    /// anything is returned (so bad data saves nothing), normalised on bounds pooled over the years (<see cref="IndexPanel"/>).
    /// Each run's manifest names the whole panel and every dataset its years read, so any one of them can be verified.</summary>
    private static async Task<IndexResult> RunStorePanelAsync(IndexRequest request, IndexStoreSource source, PeriodRange range, IReadOnlyList<Dataset> all,
        IReadOnlyList<long> snapshot, PipelineOptions options, Stopwatch clock, CancellationToken ct)
    {
        if (range.From is not { } f || range.To is not { } t || f != Math.Floor(f) || t != Math.Floor(t) || f > t)
            throw new InvalidInputException("--period", "store mode: give the panel's years as --period FROM:TO (whole years, e.g. --period 2019:2025)");
        var inputs = new List<StoreIndexInput>();
        for (var y = (int)f; y <= (int)t; y++)
        {
            try { inputs.Add(await StoreIndexInput.ReadAsync(source.Store, request.Model, source.Level, y, source.LookBack, snapshot, ct).ConfigureAwait(false)); }
            catch (InvalidInputException e)
            {
                throw new InvalidInputException([.. e.Problems.Select(p => p with { Message = $"period {y}: {p.Message}" })]);
            }
        }
        var bounds = IndexPanel.Pool(inputs.Select(i => IndexPipeline.Run(i.Model, i.Data, options with { KeepSteps = true })));
        var runs = inputs.Select(i => IndexPipeline.Run(i.Model, i.Data, options with { PooledBounds = bounds })).ToList();
        for (var k = 0; k < runs.Count; k++) runs[k].Period = inputs[k].Year;
        var panel = IndexPanel.FromRuns(runs, bounds);
        var read = await InputsAsync(source.Store, request, all, [.. inputs.Select(i => i.Query)], ct).ConfigureAwait(false);
        var outputs = new List<RunOutput>();
        for (var k = 0; k < runs.Count; k++)
        {
            var resolved = new IndexRunOptions(options, range, source.Level, inputs[k].Year, source.LookBack);
            outputs.Add(Output(request, runs[k], read, resolved, [Year(inputs[k].Year)], Details(runs[k], PanelJson(panel)), clock, StoreRows(runs[k], inputs[k])));
        }
        return new IndexResult(panel.Latest, panel, outputs);
    }

    /// <summary>The store inputs: every dataset the queries read (observations, areas, populations, catalogue), with the
    /// data version at the start of the run, plus the option files.</summary>
    private static async Task<RunInputs> InputsAsync(IStore store, IndexRequest request, IReadOnlyList<Dataset> all, IReadOnlyList<ObservationQuery> queries,
        CancellationToken ct)
    {
        var ids = new SortedSet<long>();
        foreach (var q in queries) ids.UnionWith(await store.GetSourceDatasetsAsync(q, ct).ConfigureAwait(false));
        var byId = all.ToDictionary(d => d.Id);
        var datasets = ids.Where(byId.ContainsKey).Select(id => Identity(byId[id])).ToList();
        return new RunInputs(request.OptionFiles, new StoreSnapshot(all.Count == 0 ? 0 : all.Max(d => d.Id), datasets));
    }

    /// <summary>A dataset as a manifest names it.</summary>
    public static DatasetIdentity Identity(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new(dataset.Id, dataset.Kind.ToString().ToLowerInvariant(), dataset.SourceFile, dataset.Sha256);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static List<ScoreRow> StoreRows(IndexRun run, StoreIndexInput input)
    {
        var period = Year(input.Year);
        var rows = ScoreRows(run, period);
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
