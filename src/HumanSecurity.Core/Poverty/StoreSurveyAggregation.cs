using HumanSecurity.Storage;

namespace HumanSecurity.Poverty;

/// <summary>Cells of a survey dataset in a store, for <see cref="PovertyEstimator.Estimate(SurveyCells, PovertySpec)"/>:
/// aggregated by the store itself when it offers <see cref="ISurveyAggregation"/> and accepts the spec, otherwise read
/// into memory (<see cref="SurveySampleBuilder"/>) and aggregated here. Both give the same numbers (tested to 1e-12).</summary>
public static class StoreSurveyAggregation
{
    /// <summary>The cells, and how they were made (<see cref="SurveyCellsSource.Reason"/> says why the store declined).</summary>
    /// <exception cref="InvalidInputException">The dataset has no survey households table, or the data do not fit the spec.</exception>
    public static async Task<SurveyCellsSource> AggregateAsync(IStore store, long datasetId, PovertySpec spec, bool standardErrors,
        string storeLabel, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        string? declined = null;
        if (store is ISurveyAggregation pushdown)
        {
            var aggregation = await pushdown.AggregateSurveyAsync(datasetId, spec, standardErrors, ct).ConfigureAwait(false);
            if (aggregation.Cells is { } cells) return new SurveyCellsSource(cells, true, null);
            declined = aggregation.DeclinedReason;
        }
        var households = await store.GetSurveyTableAsync(datasetId, "households", ct).ConfigureAwait(false)
            ?? throw new InvalidInputException($"{storeLabel} dataset {datasetId}", "the dataset has no survey households table; import one with the 'survey' format");
        var persons = await store.GetSurveyTableAsync(datasetId, "persons", ct).ConfigureAwait(false);
        var sample = SurveySampleBuilder.Build(spec, households, $"dataset {datasetId} households", persons, $"dataset {datasetId} persons");
        return new SurveyCellsSource(SurveyCells.FromSample(sample, spec, standardErrors, persons is not null), false, declined);
    }
}
