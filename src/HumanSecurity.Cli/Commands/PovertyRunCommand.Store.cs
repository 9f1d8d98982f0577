using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

internal static partial class PovertyRunCommand
{
    /// <summary>Default minimum unweighted count for published (store-mode) cells.</summary>
    public const int PublishedMinCount = 30;

    private static async Task<int> RunStoreAsync(string specPath, string dbPath, long datasetId, string? by, string outDir,
        bool standardErrors, int minCount, CancellationToken ct)
    {
        var spec = WithBy(BuiltInPovertySpecs.Load(specPath), by);
        return await StoreCommandRunner.RunAsync(dbPath, createIfMissing: false, async store =>
        {
            var outcome = await RunOnStoreAsync(store, spec, specPath, datasetId, outDir, standardErrors, minCount, Path.GetFileName(dbPath), ct).ConfigureAwait(false);
            foreach (var w in outcome.Warnings) await Console.Error.WriteLineAsync(w.ToString());
            Console.WriteLine($"poverty: dataset {datasetId}: {outcome.Retained} of {outcome.Rows} households retained; run {outcome.Run.Id} saved; results in {outDir}");
            Console.WriteLine($"poverty: published cells need at least {minCount} unweighted households; {outcome.Suppressed} cell(s) suppressed");
            PrintSummary(outcome.Result);
            return ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    /// <summary>What a store-mode run produced (also used by <c>hso demo</c>).</summary>
    internal sealed record StoreOutcome(RunRecord Run, PovertyResult Result, int Rows, int Retained, int Suppressed, IReadOnlyList<Problem> Warnings);

    /// <summary>Estimates on a survey dataset of an open store, writes the output files and saves the run.</summary>
    internal static async Task<StoreOutcome> RunOnStoreAsync(IStore store, PovertySpec spec, string specPath, long datasetId, string outDir,
        bool standardErrors, int minCount, string storeLabel, CancellationToken ct)
    {
        var households = await store.GetSurveyTableAsync(datasetId, "households", ct).ConfigureAwait(false)
            ?? throw new InvalidInputException($"{storeLabel} dataset {datasetId}", "the dataset has no survey households table; import one with the 'survey' format");
        var persons = await store.GetSurveyTableAsync(datasetId, "persons", ct).ConfigureAwait(false);
        var sample = SurveySampleBuilder.Build(spec, households, $"dataset {datasetId} households", persons, $"dataset {datasetId} persons");
        var result = Suppression.Apply(PovertyEstimator.Estimate(sample, spec, standardErrors), minCount, out var suppressed);
        PovertyOutputWriter.Write(outDir, result, sample, spec,
            new RunInfo($"{storeLabel} dataset {datasetId}", persons is null ? null : "persons", minCount, suppressed, new Dictionary<string, double>()));
        var run = await SaveAsync(store, spec, specPath, datasetId, result, ct).ConfigureAwait(false);
        return new StoreOutcome(run, result, sample.Retention.Rows, sample.Retention.RowsRetained, suppressed, sample.Warnings.ToList());
    }

    /// <summary>Saves H, A and M0 of every subgroup (area) as a store run of kind <c>poverty</c>; nodes are
    /// <c>M0@k33</c> etc., ranks are 1 = highest; the confidence bounds are level-0 rows <c>M0@k33|ci_low</c> and
    /// <c>M0@k33|ci_high</c> (as index runs keep reliability beside scores). Suppressed cells keep no number, bounds included.</summary>
    private static async Task<RunRecord> SaveAsync(IStore store, PovertySpec spec, string specPath, long datasetId, PovertyResult result, CancellationToken ct)
    {
        var text = BuiltInPovertySpecs.Text(specPath) ?? await File.ReadAllTextAsync(specPath, ct).ConfigureAwait(false);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var rows = result.Levels.Where(l => l.Over != "all")
            .GroupBy(l => (l.Round, l.K, l.Measure, l.Over))
            .SelectMany(g =>
            {
                var ranked = g.Where(l => !double.IsNaN(l.Value)).OrderByDescending(l => l.Value).Select((l, i) => (l, i + 1)).ToDictionary(p => p.l, p => p.Item2);
                return g.SelectMany(l => Rows(l, ranked.GetValueOrDefault(l)));
            }).ToList();
        var record = new RunRecord(0, "poverty", spec.Name, hash, datasetId, DateTimeOffset.UtcNow)
        {
            ParametersJson = JsonSerializer.Serialize(new { dataset = datasetId, over = spec.Over, k = spec.K.Select(k => k.Label) }),
        };
        return await store.SaveRunAsync(record, rows, ct).ConfigureAwait(false);
    }

    private static IEnumerable<ScoreRow> Rows(Estimate l, int rank)
    {
        var node = $"{l.Measure}@k{l.K}";
        var round = l.Round.Length == 0 ? null : l.Round;
        var mark = l.Suppressed ? "suppressed" : null;
        yield return new ScoreRow(l.Group, node, 1, round, l.Value, rank, mark);
        if (double.IsNaN(l.CiLow) && double.IsNaN(l.CiHigh)) yield break;
        yield return new ScoreRow(l.Group, node + "|ci_low", 0, round, l.Suppressed ? double.NaN : l.CiLow, 0, mark);
        yield return new ScoreRow(l.Group, node + "|ci_high", 0, round, l.Suppressed ? double.NaN : l.CiHigh, 0, mark);
    }
}
