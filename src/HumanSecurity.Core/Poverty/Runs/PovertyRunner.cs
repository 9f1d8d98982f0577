using System.Diagnostics;
using System.Text.Json.Nodes;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;

namespace HumanSecurity.Poverty.Runs;

/// <summary>The one runner of poverty computations (Alkire–Foster, global MPI): it takes a resolved
/// <see cref="PovertyRequest"/> whose survey comes from files or a store dataset, builds the sample, estimates, applies
/// small-cell suppression and returns the result with its <see cref="RunManifest"/>. It writes nothing: the CLI writes
/// the output files and <see cref="RunRecorder"/> saves store runs.</summary>
public static class PovertyRunner
{
    /// <summary>Manifest kind of poverty runs.</summary>
    public const string Kind = "poverty";

    /// <summary>Default minimum unweighted count of a published (store-mode) cell.</summary>
    public const int PublishedMinCount = 30;

    /// <exception cref="InvalidInputException">The spec does not fit the data, or the survey is missing or invalid.</exception>
    public static async Task<PovertyRunResult> RunAsync(PovertyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var survey = request.Source switch
        {
            PovertyFileSource file => FromFile(request, file, timings, clock),
            PovertyStoreSource store => await FromStoreAsync(request, store, timings, clock, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"unknown poverty source {request.Source.GetType().Name}", nameof(request)),
        };
        var result = Suppression.Apply(survey.Estimate, request.MinCount, survey.Nesting, out var suppressed);
        var rows = survey.Inputs.Store is null ? PovertyScores.Levels(result.Levels) : PovertyScores.ByArea(result);
        foreach (var (k, v) in result.TimingsMs) timings[k] = v;
        timings["total"] = clock.Elapsed.TotalMilliseconds;
        var manifest = PovertyManifest.Build(request, survey.Inputs, survey.Sample, result, suppressed, rows.Count, timings);
        return new PovertyRunResult(result, survey.Sample, suppressed, new RunOutput(manifest, rows)) { Aggregation = survey.Aggregation };
    }

    private sealed record Estimated(PovertyResult Estimate, ISurveyDescription Sample, GroupNesting Nesting, RunInputs Inputs, SurveyCellsSource? Aggregation);

    private static Estimated FromFile(PovertyRequest request, PovertyFileSource file, Dictionary<string, double> timings, Stopwatch clock)
    {
        timings["read"] = clock.Elapsed.TotalMilliseconds;
        var sample = SurveySampleBuilder.Build(request.Spec, file.Households, file.HouseholdsName, file.Persons, file.PersonsName ?? "roster");
        timings["build"] = clock.Elapsed.TotalMilliseconds - timings["read"];
        return new Estimated(PovertyEstimator.Estimate(sample, request.Spec, request.StandardErrors), sample, GroupNesting.Of(sample),
            new RunInputs(file.Files, null), null);
    }

    /// <summary>Store mode: the survey is aggregated into cells by the store itself when it can (ClickHouse pushdown), else
    /// its tables are read into memory (<see cref="StoreSurveyAggregation"/>); both give the same numbers.</summary>
    private static async Task<Estimated> FromStoreAsync(PovertyRequest request, PovertyStoreSource s, Dictionary<string, double> timings, Stopwatch clock,
        CancellationToken ct)
    {
        var id = s.DatasetId;
        var aggregation = await StoreSurveyAggregation.AggregateAsync(s.Store, id, request.Spec, request.StandardErrors, s.StoreLabel, ct).ConfigureAwait(false);
        timings["read"] = clock.Elapsed.TotalMilliseconds;
        var all = await s.Store.GetDatasetsAsync(ct).ConfigureAwait(false);
        var dataset = all.Single(d => d.Id == id);
        var snapshot = new StoreSnapshot(all.Max(d => d.Id), [IndexRunner.Identity(dataset)]);
        return new Estimated(PovertyEstimator.Estimate(aggregation.Cells, request.Spec), aggregation.Cells, GroupNesting.Of(aggregation.Cells),
            new RunInputs([], snapshot), aggregation);
    }

    /// <summary>The <c>options</c> of a poverty manifest: the subgroups after <c>--by</c>, suppression, standard errors and
    /// (store mode) the dataset.</summary>
    internal static JsonObject Options(PovertyRequest request) => new()
    {
        ["over"] = new JsonArray([.. request.Spec.Over.Select(o => (JsonNode)o)]),
        ["min_count"] = request.MinCount,
        ["standard_errors"] = request.StandardErrors,
        ["dataset"] = request.Source is PovertyStoreSource s ? s.DatasetId : null,
    };
}
