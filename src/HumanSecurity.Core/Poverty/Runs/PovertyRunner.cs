using System.Diagnostics;
using System.Text.Json.Nodes;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;
using HumanSecurity.Tables;

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
        var survey = await ReadAsync(request.Source, cancellationToken).ConfigureAwait(false);
        timings["read"] = clock.Elapsed.TotalMilliseconds;
        var sample = SurveySampleBuilder.Build(request.Spec, survey.Households, survey.HouseholdsName, survey.Persons, survey.PersonsName ?? "roster");
        timings["build"] = clock.Elapsed.TotalMilliseconds - timings["read"];
        var result = Suppression.Apply(PovertyEstimator.Estimate(sample, request.Spec, request.StandardErrors), request.MinCount, sample, out var suppressed);
        var rows = survey.Inputs.Store is null ? PovertyScores.Levels(result.Levels) : PovertyScores.ByArea(result);
        foreach (var (k, v) in result.TimingsMs) timings[k] = v;
        timings["total"] = clock.Elapsed.TotalMilliseconds;
        var manifest = PovertyManifest.Build(request, survey.Inputs, sample, result, suppressed, rows.Count, timings);
        return new PovertyRunResult(result, sample, suppressed, new RunOutput(manifest, rows));
    }

    private sealed record Survey(ColumnTable Households, string HouseholdsName, ColumnTable? Persons, string? PersonsName, RunInputs Inputs);

    private static async Task<Survey> ReadAsync(PovertySource source, CancellationToken ct)
    {
        switch (source)
        {
            case PovertyFileSource file:
                return new Survey(file.Households, file.HouseholdsName, file.Persons, file.PersonsName, new RunInputs(file.Files, null));
            case PovertyStoreSource s:
                var id = s.DatasetId;
                var households = await s.Store.GetSurveyTableAsync(id, "households", ct).ConfigureAwait(false)
                    ?? throw new InvalidInputException($"{s.StoreLabel} dataset {id}", "the dataset has no survey households table; import one with the 'survey' format");
                var persons = await s.Store.GetSurveyTableAsync(id, "persons", ct).ConfigureAwait(false);
                var all = await s.Store.GetDatasetsAsync(ct).ConfigureAwait(false);
                var dataset = all.Single(d => d.Id == id);
                var snapshot = new StoreSnapshot(all.Max(d => d.Id), [IndexRunner.Identity(dataset)]);
                return new Survey(households, $"dataset {id} households", persons, persons is null ? null : $"dataset {id} persons", new RunInputs([], snapshot));
            default:
                throw new ArgumentException($"unknown poverty source {source.GetType().Name}", nameof(source));
        }
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
