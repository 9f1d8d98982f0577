using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Tests.StoreCommands;

/// <summary>Two stores hold the same: every read of the store contract gives equal results.</summary>
internal static class StoreComparison
{
    public static async Task AssertSameAsync(IStore expected, IStore actual, CancellationToken ct)
    {
        var (e, a) = (await expected.GetSummaryAsync(ct), await actual.GetSummaryAsync(ct));
        Assert.Equal(e.AreasByKind.OrderBy(p => p.Key), a.AreasByKind.OrderBy(p => p.Key));
        Assert.Equal(e with { SchemaVersion = 0, AreasByKind = null! }, a with { SchemaVersion = 0, AreasByKind = null! });
        Assert.Equal(await expected.GetDatasetsAsync(ct), await actual.GetDatasetsAsync(ct));
        var (ea, aa) = (await expected.GetAreasAsync(ct), await actual.GetAreasAsync(ct));
        Assert.Equal(ea.Select(Text), aa.Select(Text));
        Assert.Equal(await expected.GetIndicatorsAsync(ct), await actual.GetIndicatorsAsync(ct));
        Assert.Equal((await expected.GetProgrammesAsync(ct)).Select(Text), (await actual.GetProgrammesAsync(ct)).Select(Text));
        Assert.Equal(await expected.GetGeometriesAsync(ct), await actual.GetGeometriesAsync(ct));
        Assert.Equal(await AllAsync(expected, ct), await AllAsync(actual, ct));
        Assert.Equal(await expected.GetLatestValuesAsync(ct), await actual.GetLatestValuesAsync(ct));
        var runs = await expected.GetRunsAsync(ct);
        Assert.Equal(runs, await actual.GetRunsAsync(ct));
        foreach (var run in runs)
            Assert.Equal((await expected.GetScoresAsync(run.Id, ct)).Select(Text), (await actual.GetScoresAsync(run.Id, ct)).Select(Text));
        foreach (var d in await expected.GetDatasetsAsync(ct))
            foreach (var role in (string[])["households", "persons"])
                Assert.Equal(Text(await expected.GetSurveyTableAsync(d.Id, role, ct)), Text(await actual.GetSurveyTableAsync(d.Id, role, ct)));
        foreach (var run in runs) Assert.Equal(await expected.GetRunAsync(run.Id, ct), await actual.GetRunAsync(run.Id, ct));
        if (expected is Access.IAccessStore expectedAccess && actual is Access.IAccessStore actualAccess)
        {
            Assert.Equal(await expectedAccess.GetTokensAsync(ct), await actualAccess.GetTokensAsync(ct));
            Assert.Equal(await expectedAccess.GetAuditAsync(1000, ct), await actualAccess.GetAuditAsync(1000, ct));
        }
    }

    private static async Task<List<Observation>> AllAsync(IStore store, CancellationToken ct)
    {
        var list = new List<Observation>();
        await foreach (var chunk in store.GetObservationsAsync(ObservationQuery.All with { TotalsOnly = false }, ct)) list.AddRange(chunk.Rows());
        return list;
    }

    // Records with list members compare by reference; their text shows every value (doubles in round-trip form).
    private static string Text(object? o) => o switch
    {
        null => "null",
        Areas.Area a => $"{a with { Populations = [], AlternateNames = null! }} pops={string.Join(';', a.Populations)} names={string.Join(';', a.AlternateNames.OrderBy(n => n.Key))}",
        Programmes.Programme p => $"{p with { Areas = [], Clusters = [], Sdgs = [] }} {string.Join('|', p.Areas)} {string.Join('|', p.Clusters)} {string.Join('|', p.Sdgs)}",
        ScoreRow s => $"{s.Unit} {s.Node} {s.Level} {s.Period} {s.Score:R} {s.Rank} {s.Class}",
        Tables.ColumnTable t => string.Join('\n', t.Columns.Select(c => c.Name + ":" + (c is Tables.NumericColumn n ? string.Join(',', n.Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) : string.Join(',', ((Tables.TextColumn)c).Values)))),
        _ => o.ToString()!,
    };
}
