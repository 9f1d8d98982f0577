using HumanSecurity.ClickHouse.Http;
using HumanSecurity.Poverty;
using HumanSecurity.Tables;

namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>Survey aggregation inside ClickHouse (<see cref="ISurveyAggregation"/>): checks, a one-row profile (retention,
/// design counts), the distinct label values and the cell totals are queries; only their small results travel, and
/// <see cref="SurveyPlan.Assemble"/> makes the <see cref="SurveyCells"/> Core estimates from. Whatever the queries
/// cannot compute exactly as the in-memory path (invalid values, reweighting, text the rules would trim differently)
/// is declined, and the caller aggregates in memory.</summary>
internal static class SurveyPushdown
{
    public static async Task<SurveyAggregation> AggregateAsync(ClickHouseStore store, long datasetId, PovertySpec spec, bool standardErrors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        try
        {
            if (await store.FindSurveyTableAsync(datasetId, "households", ct).ConfigureAwait(false) is not { } hhInfo)
                return SurveyAggregation.Declined($"dataset {datasetId} has no survey households table");
            var households = new SurveySource(store, hhInfo, "households");
            var personsInfo = await store.FindSurveyTableAsync(datasetId, "persons", ct).ConfigureAwait(false);
            var persons = personsInfo is null ? null : new SurveySource(store, personsInfo, "persons");
            var plan = SurveyPlan.TryCreate(spec, households.Schema(), persons?.Schema(), out var reason);
            if (plan is null) return SurveyAggregation.Declined(reason);
            var query = await SurveyQuery.BuildAsync(plan, households, persons, standardErrors, store.IsSharded, ct).ConfigureAwait(false);
            await CheckAsync(store, query, ct).ConfigureAwait(false);
            var (retention, psus, strata) = await ProfileAsync(store, query, spec, ct).ConfigureAwait(false);
            var (yearRounds, years) = await YearsAsync(store, query, ct).ConfigureAwait(false);
            var cells = await CellsAsync(store, query, plan.Layout.Width, ct).ConfigureAwait(false);
            var totals = new SurveyCellTotals
            {
                Totals = cells.Totals, Round = cells.Of("round"), Stratum = cells.Of("stratum"), Psu = cells.Of("psu"), Over = cells.Over,
                AllRounds = spec.Time is null ? null : await DistinctAsync(store, query, "k_r", ct).ConfigureAwait(false),
                AllOver = await Task.WhenAll(Enumerable.Range(0, spec.Over.Count).Select(v => DistinctAsync(store, query, $"k_o{v}", ct))).ConfigureAwait(false),
                YearRounds = yearRounds, Years = years, Retention = retention, PsuCount = psus, StrataCount = strata,
            };
            return SurveyAggregation.Of(plan.Assemble(totals, standardErrors));
        }
        catch (SurveyDeclinedException e)
        {
            return SurveyAggregation.Declined(e.Message);
        }
    }

    private static async Task CheckAsync(ClickHouseStore store, SurveyQuery query, CancellationToken ct)
    {
        foreach (var sql in (string?[])[query.CheckSql, query.PersonCheckSql])
        {
            if (sql is null) continue;
            var row = (await store.Home.QueryAsync(sql, ct).ConfigureAwait(false))[0];
            if (row.Any(v => v != "0"))
                throw new SurveyDeclinedException("the data have values the in-process path rejects or reads differently (it reports them with their rows)");
        }
    }

    private static async Task<(Retention Retention, int Psus, int Strata)> ProfileAsync(ClickHouseStore store, SurveyQuery query, PovertySpec spec, CancellationToken ct)
    {
        var r = (await store.Home.QueryAsync(query.ProfileSql, ct).ConfigureAwait(false))[0];
        var rows = TsvReader.Int(r[0]);
        var weighted = TsvReader.Double(r[2]);
        var missingRows = new Dictionary<string, int>();
        var missingWeighted = new Dictionary<string, double>();
        for (var j = 0; j < spec.Indicators.Count; j++)
        {
            var name = spec.Indicators[j].Name;
            missingRows[name] = TsvReader.Int(r[3 + 2 * j]);
            missingWeighted[name] = weighted == 0 ? 0 : TsvReader.Double(r[4 + 2 * j]) / weighted;
            if (spec.ReweightAbsent && rows > 0 && missingRows[name] == rows)
                throw new SurveyDeclinedException($"indicator '{name}' is missing for every row; its weight moves to its dimension");
        }
        var b = 3 + 2 * spec.Indicators.Count;
        var retention = new Retention(rows, TsvReader.Int(r[b]), TsvReader.Double(r[1]), TsvReader.Double(r[b + 1]), weighted, TsvReader.Double(r[b + 2]),
            missingRows, missingWeighted);
        return (retention, TsvReader.Int(r[b + 3]), TsvReader.Int(r[b + 4]));
    }

    private static async Task<(Column? Rounds, double[] Years)> YearsAsync(ClickHouseStore store, SurveyQuery query, CancellationToken ct)
    {
        if (query.YearsSql is not { } sql) return (null, []);
        var rows = await store.Home.QueryAsync(sql, ct).ConfigureAwait(false);
        if (rows.Any(r => r[2] != "1"))
            throw new SurveyDeclinedException("a round has several years (the in-process path warns and takes the first)");
        var key = query.Keys.Single(k => k.Alias == "k_r");
        return (KeyColumn(key.Numeric, "round", rows.Select(r => r[0]).ToList()), rows.Select(r => TsvReader.Double(r[1])).ToArray());
    }

    private static async Task<Column> DistinctAsync(ClickHouseStore store, SurveyQuery query, string alias, CancellationToken ct)
    {
        var rows = await store.Home.QueryAsync(query.DistinctSql(alias), ct).ConfigureAwait(false);
        var key = query.Keys.Single(k => k.Alias == alias);
        return KeyColumn(key.Numeric, alias, rows.Select(r => r[0]).ToList());
    }

    private sealed record Cells(double[] Totals, Func<string, Column?> Of, IReadOnlyList<Column> Over);

    /// <summary>Cell keys and totals, streamed (one row per cell).</summary>
    private static async Task<Cells> CellsAsync(ClickHouseStore store, SurveyQuery query, int width, CancellationToken ct)
    {
        var keys = query.CellKeys.ToList();
        var values = keys.Select(_ => new List<string?>()).ToArray();
        var totals = new List<double>();
        await foreach (var r in store.Home.StreamAsync(query.CellsSql, ct).ConfigureAwait(false))
        {
            for (var k = 0; k < keys.Count; k++) values[k].Add(r[k]);
            for (var m = 0; m < width; m++) totals.Add(TsvReader.Double(r[keys.Count + m]));
        }
        Column? Of(string role) => keys.FindIndex(k => k.Role == role) is var i and >= 0 ? KeyColumn(keys[i].Numeric, role, values[i]) : null;
        var over = keys.Select((k, i) => (k, i)).Where(p => p.k.Role == "over").Select(p => KeyColumn(p.k.Numeric, p.k.Alias, values[p.i])).ToList();
        return new Cells([.. totals], Of, over);
    }

    private static Column KeyColumn(bool numeric, string name, List<string?> values) =>
        numeric ? new NumericColumn(name, [.. values.Select(TsvReader.Double)]) : new TextColumn(name, [.. values]);
}
