using HumanSecurity.Poverty;
using HumanSecurity.Storage;
using HumanSecurity.Tables;
using HumanSecurity.Testing;

namespace HumanSecurity.ClickHouse.Tests.Surveys;

/// <summary>The pushdown gives the numbers of the in-memory path: the same survey is estimated from its tables in
/// memory and from cells aggregated inside ClickHouse (one node and two shards), and every estimate (value, SE,
/// interval, N, weighted N) agrees to 1e-12.</summary>
public sealed class SurveyPushdownEqualityTests(ClickHouseServers servers) : IAsyncDisposable
{
    private const double Tolerance = 1e-12;
    private readonly ClickHouseTestStores _stores = new(servers);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<bool, string, bool> Cases => new()
    {
        { false, "mixed", true }, { true, "mixed", true },
        { false, "mixed-time", true }, { true, "mixed-time", true },
        { false, "mixed", false }, { true, "mixed-point-nodesign", false },
        { false, "cardinal", true }, { true, "cardinal", true },
        { true, "mixed-global-join", true }, { false, "no-psu", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pushdown_EqualsInMemory_ToTwelveDigits(bool sharded, string name, bool standardErrors)
    {
        var link = name == "mixed-global-join" ? "household" : "hh_id";
        var (households, persons) = TestSurvey.Create(seed: 11, personLink: link);
        var spec = name switch
        {
            "cardinal" => TestSurvey.Cardinal(),
            "mixed-time" => TestSurvey.Mixed(time: true),
            "mixed-point-nodesign" => TestSurvey.Mixed(design: false),
            "mixed-global-join" => TestSurvey.Mixed(rosterUnit: "household"),
            "no-psu" => TestSurvey.Mixed() with { Psu = null },
            _ => TestSurvey.Mixed(),
        };
        await using var store = await _stores.CreateAsync(sharded, Ct);
        var dataset = await ImportAsync(store, households, persons);

        var sample = SurveySampleBuilder.Build(spec, households, "households", persons, "persons");
        var expected = PovertyEstimator.Estimate(sample, spec, standardErrors);
        var aggregation = await store.AggregateSurveyAsync(dataset.Id, spec, standardErrors, Ct);
        Assert.True(aggregation.Cells is not null, $"declined: {aggregation.DeclinedReason}");
        var actual = PovertyEstimator.Estimate(aggregation.Cells, spec);

        var compared = PovertyResults.AssertSame(expected, actual, Tolerance);
        Assert.True(compared > 500, $"only {compared} numbers compared");
        Assert.Equal(sample.Retention.RowsRetained, aggregation.Cells.Retention.RowsRetained);
        Assert.Equal(sample.Retention.MissingRowsByIndicator, aggregation.Cells.Retention.MissingRowsByIndicator);
        Assert.Equal(sample.Retention.Weighted, aggregation.Cells.Retention.Weighted, Tolerance);
        Assert.Equal(sample.RoundLabels, aggregation.Cells.RoundLabels);
        Assert.Equal(sample.Over.Select(o => o.Labels), aggregation.Cells.Over.Select(o => o.Labels));
        if (standardErrors) Assert.Contains(actual.Levels, l => l.Se > 0);
    }

    internal static async Task<Dataset> ImportAsync(IStore store, ColumnTable households, ColumnTable persons)
    {
        await using var session = await store.BeginImportAsync(new DatasetInfo(DatasetKind.Survey, "survey.csv", new string('b', 64)), Ct);
        await session.AddSurveyTableAsync("households", households, Ct);
        await session.AddSurveyTableAsync("persons", persons, Ct);
        return await session.CommitAsync(Ct);
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
