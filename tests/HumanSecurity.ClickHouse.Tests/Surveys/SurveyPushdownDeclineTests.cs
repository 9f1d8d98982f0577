using HumanSecurity.Poverty;
using HumanSecurity.Tables;
using HumanSecurity.Testing;

namespace HumanSecurity.ClickHouse.Tests.Surveys;

/// <summary>What the pushdown does not compute exactly it declines, with a reason, and the in-memory path takes over:
/// it reports invalid values with their rows, and gives its numbers where the store would read text differently.</summary>
public sealed class SurveyPushdownDeclineTests(ClickHouseServers servers) : IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvalidDeprivation_Declined_FallbackReportsRow()
    {
        var (households, persons) = TestSurvey.Create(seed: 3);
        var wtr = ((NumericColumn)households["d_wtr"]).Values;
        wtr[4] = 2;
        await using var store = await _stores.CreateAsync(sharded: false, Ct);
        var dataset = await SurveyPushdownEqualityTests.ImportAsync(store, households, persons);
        var spec = TestSurvey.Mixed();
        var aggregation = await store.AggregateSurveyAsync(dataset.Id, spec, true, Ct);
        Assert.Null(aggregation.Cells);
        Assert.Contains("rejects", aggregation.DeclinedReason, StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => StoreSurveyAggregation.AggregateAsync(store, dataset.Id, spec, true, "test", Ct));
        Assert.Contains(error.Problems, p => p.Location.Contains(":6:d_wtr", StringComparison.Ordinal) && p.Message.Contains("'2'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TextIdWithEdgeSpace_Declined_FallbackGivesInMemoryNumbers()
    {
        var (households, persons) = TestSurvey.Create(seed: 5, strata: 3, psus: 3);
        households = WithTextIds(households, "hh_id", i => $"H{i}");
        persons = WithTextIds(persons, "hh_id", i => i == 1 ? " H1" : $"H{i}");
        await using var store = await _stores.CreateAsync(sharded: true, Ct);
        var dataset = await SurveyPushdownEqualityTests.ImportAsync(store, households, persons);
        var spec = TestSurvey.Mixed();
        var aggregation = await store.AggregateSurveyAsync(dataset.Id, spec, true, Ct);
        Assert.Null(aggregation.Cells);
        var source = await StoreSurveyAggregation.AggregateAsync(store, dataset.Id, spec, true, "test", Ct);
        Assert.False(source.InStore);
        Assert.Equal(aggregation.DeclinedReason, source.Reason);
        var expected = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, households, "households", persons, "persons"), spec);
        PovertyResults.AssertSame(expected, PovertyEstimator.Estimate(source.Cells, spec), 0);
    }

    [Fact]
    public async Task CleanSurvey_StoreAggregation_RunsInStore()
    {
        var (households, persons) = TestSurvey.Create(seed: 8, strata: 3, psus: 3);
        households = WithTextIds(households, "hh_id", i => $"H{i}");
        persons = WithTextIds(persons, "hh_id", i => $"H{i}");
        await using var store = await _stores.CreateAsync(sharded: true, Ct);
        var dataset = await SurveyPushdownEqualityTests.ImportAsync(store, households, persons);
        var spec = TestSurvey.Mixed();
        var source = await StoreSurveyAggregation.AggregateAsync(store, dataset.Id, spec, true, "test", Ct);
        Assert.True(source.InStore, source.Reason);
        var expected = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, households, "households", persons, "persons"), spec);
        PovertyResults.AssertSame(expected, PovertyEstimator.Estimate(source.Cells, spec), 1e-12);
    }

    [Fact]
    public async Task MissingDataset_Declined_FallbackNamesDataset()
    {
        await using var store = await _stores.CreateAsync(sharded: false, Ct);
        var aggregation = await store.AggregateSurveyAsync(42, TestSurvey.Mixed(), true, Ct);
        Assert.Contains("no survey households table", aggregation.DeclinedReason, StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => StoreSurveyAggregation.AggregateAsync(store, 42, TestSurvey.Mixed(), true, "ch", Ct));
        Assert.Contains("dataset 42", error.Problems[0].Location, StringComparison.Ordinal);
    }

    /// <summary>A set rule compares a number's round-trip text in memory, so −0 is not "0": the pushdown agrees.</summary>
    [Fact]
    public async Task NegativeZero_InSetRule_SameAsInMemory()
    {
        var (households, persons) = TestSurvey.Create(seed: 9, strata: 2, psus: 3);
        var rooms = ((NumericColumn)households["rooms"]).Values;
        for (var i = 0; i < rooms.Length; i += 3) rooms[i] = i % 2 == 0 ? -0.0 : 0.0;
        var spec = TestSurvey.Cardinal() with
        {
            Indicators = [new("income", "income", "money", new Rational(1, 2), DeprivationRule.TryParse("< 150.25", out _)),
                new("rooms", "rooms", "housing", new Rational(1, 2), DeprivationRule.TryParse("in [0, 1]", out _))],
        };
        await using var store = await _stores.CreateAsync(sharded: false, Ct);
        var dataset = await SurveyPushdownEqualityTests.ImportAsync(store, households, persons);
        var aggregation = await store.AggregateSurveyAsync(dataset.Id, spec, true, Ct);
        Assert.True(aggregation.Cells is not null, aggregation.DeclinedReason);
        var expected = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, households, "households", persons, "persons"), spec);
        PovertyResults.AssertSame(expected, PovertyEstimator.Estimate(aggregation.Cells, spec), 1e-12);
    }

    /// <summary>The table with its numeric id column replaced by text ids.</summary>
    private static ColumnTable WithTextIds(ColumnTable table, string column, Func<int, string> id)
    {
        var values = ((NumericColumn)table[column]).Values;
        return new ColumnTable(table.Name, [.. table.Columns.Select(c => c.Name == column ? new TextColumn(column, [.. values.Select(v => id((int)v))]) : c)]);
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
