using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Storage;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Import;

/// <summary><c>--match-areas</c> on the real CAR gazetteer (levels 0–3 of the official COD-AB workbook: French names
/// with accents, romanised <c>ref</c> names, <c>Nola</c> as a prefecture and as two communes in two provinces).</summary>
public sealed class AreaMatchingTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _dir = new();

    private DuckDbStore Store { get; } = DuckDbStore.Open(":memory:");

    public async ValueTask InitializeAsync()
    {
        await DatasetImporters.Find("cod-ab-gazetteer")!.ImportAsync(
            new ImportRequest(Fixtures.Get("cod-ab", "caf_cod_ab_gazetteer.xlsx")) { Levels = new CodAbLevels(0, 3) }, Store, null, Ct);
        await ImportAsync("indicators", "i.csv", "code,name,unit,direction\nIDP,Displaced people,people,higher_is_worse\n");
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }

    private Task<ImportResult> ImportAsync(string format, string name, string content, AreaMatching? matching = null, string? mapping = null) =>
        DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(_dir.Write(name, content)) { MatchAreas = matching, MappingPath = mapping }, Store, null, Ct);

    private async Task<Dictionary<string, double>> ValuesAsync()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        await foreach (var c in Store.GetObservationsAsync(ObservationQuery.All with { TotalsOnly = false }, Ct))
            foreach (var o in c.Rows()) values[o.Area] = o.Value;
        return values;
    }

    private const string Names = """
        indicator,area,area_parent,period,value
        IDP,Mbomou,,2024,1
        IDP,haut-mbomou,,2024,2
        IDP,Ombella-Mpoko,,2024,3
        IDP,Nola,Lobaye,2024,4
        IDP,Nola,Sangha-Mbaéré,2024,5
        IDP,Nowhere,,2024,6
        IDP,MBOMOU,,2025,7
        IDP,CF71,,2024,8
        """;

    [Fact]
    public async Task CsvLong_Strict_AmbiguousAndUnmatchedAreLocatedErrors_StoreUnchanged()
    {
        var before = await Store.GetSummaryAsync(Ct);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync("observations", "idp.csv", Names, new AreaMatching()));
        var errors = e.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        Assert.Equal(["idp.csv:6:area", "idp.csv:7:area"], errors.Select(p => p.Location));
        Assert.StartsWith("area name 'Nola' is ambiguous within CF23 (Sangha-Mbaéré): CF231 (Nola, admin2 in CF23), CF2311 (Nola, admin3 in CF231)", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("area name 'Nowhere' matches no area", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(before.Observations, (await Store.GetSummaryAsync(Ct)).Observations);
    }

    [Fact]
    public async Task CsvLong_SkipUnmatched_ImportsTheRestAndReportsEveryName()
    {
        var result = await ImportAsync("observations", "idp.csv", Names, new AreaMatching(SkipUnmatched: true));
        Assert.Equal(6, result.RowCounts["observations"]);
        var values = await ValuesAsync();
        Assert.Equal(7, values["CF62"]); // Mbomou (2024) and MBOMOU (2025): one area
        Assert.Equal((2.0, 3.0, 4.0, 8.0), (values["CF63"], values["CF11"], values["CF1216"], values["CF71"]));
        var names = result.Report.AreaNames.ToDictionary(u => u.Match.Parent is null ? u.Match.Name : $"{u.Match.Name}/{u.Match.Parent}");
        Assert.Equal((AreaMatchOutcome.Exact, "CF62", 1L), (names["Mbomou"].Match.Outcome, names["Mbomou"].Match.Code, names["Mbomou"].Rows));
        Assert.Equal(AreaMatchOutcome.Normalised, names["MBOMOU"].Match.Outcome);
        Assert.Equal(AreaMatchOutcome.Normalised, names["Ombella-Mpoko"].Match.Outcome);
        Assert.Equal(("CF1216", "idp.csv:5:area"), (names["Nola/Lobaye"].Match.Code, names["Nola/Lobaye"].FirstLocation));
        Assert.Equal(AreaMatchOutcome.Ambiguous, names["Nola/Sangha-Mbaéré"].Match.Outcome);
        Assert.Equal(AreaMatchOutcome.Unmatched, names["Nowhere"].Match.Outcome);
        Assert.DoesNotContain("CF71", names.Keys); // a code is a code, not a name
        Assert.Equal(["idp.csv:6:area", "idp.csv:7:area"], result.Report.Skipped.Select(s => s.Location));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("2 row(s) whose area name is ambiguous or unmatched were skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CsvWide_NamesAtALevel()
    {
        var result = await ImportAsync("observations-wide", "w.csv", "area,period,IDP\nNola,2024,10\nBangui,2024,20\n", new AreaMatching(AreaKind.Admin2));
        Assert.Equal(2, result.RowCounts["observations"]);
        Assert.Equal((10.0, 20.0), ((await ValuesAsync())["CF231"], (await ValuesAsync())["CF711"]));
    }

    [Fact]
    public async Task Csv_AreaParentWithoutMatching_Refused()
    {
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync("observations", "p.csv", "indicator,area,area_parent,period,value\nIDP,CF62,,2024,1\n"));
        Assert.Equal("p.csv:1:area_parent", e.Problems[0].Location);
    }

    [Theory]
    [InlineData("#adm1+name,#adm2+name,#date,#affected\nLobaye,Mbaiki,2024,10\nSangha-Mbaere,Nola,2024,5\n")]
    [InlineData("#adm1+name,#adm2+name,#date,#indicator+code,#value\nLobaye,Mbaiki,2024,affected,10\nSangha-Mbaere,Nola,2024,affected,5\n")]
    public async Task Hxl_Adm2NamesWithinAdm1Names_WideAndLongForm(string hxl)
    {
        var result = await ImportAsync("hxl", "3w.csv", hxl, new AreaMatching());
        Assert.Equal(2, result.RowCounts["observations"]);
        var values = await ValuesAsync();
        Assert.Equal((10.0, 5.0), (values["CF121"], values["CF231"])); // the adm2 column implies admin2: the communes named Nola are not candidates
        Assert.All(result.Report.AreaNames, u => Assert.True(u.Match.IsMatched));
    }

    [Fact]
    public async Task Hxl_NamesWithoutMatching_RefusedAsUnknownAreas()
    {
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync("hxl", "3w.csv", "#adm1+name,#date,#affected\nLobaye,2024,10\n"));
        Assert.Contains(e.Problems, p => p.Message.Contains("'Lobaye' is not in the store", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sdmx_AreaNamesInRefArea()
    {
        var result = await ImportAsync("sdmx-csv", "s.csv", "REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nRépublique centrafricaine,IDP,2024,600000\nOuham Pende,IDP,2024,90000\n", new AreaMatching());
        Assert.Equal(2, result.RowCounts["observations"]);
        Assert.Equal((600_000.0, 90_000.0), ((await ValuesAsync())["CAF"], (await ValuesAsync())["CF31"]));
    }

    [Fact]
    public async Task Programmes_AreaNames()
    {
        await ImportAsync("programmes", "p.csv", "id,title,areas,clusters\nP1,Water,Mbomou|Haut-Mbomou,health\n", new AreaMatching(AreaKind.Admin1));
        Assert.Equal(["CF62", "CF63"], Assert.Single(await Store.GetProgrammesAsync(Ct)).Areas);
    }

    [Fact]
    public async Task KoboSurvey_ProvinceAndPrefectureNames()
    {
        var mapping = _dir.Write("m.yaml", "households:\n  columns: { hh_id: _uuid, hh_weight: weight, adm1: province, adm2: prefecture }\n");
        var csv = "_uuid;_submission_time;province;prefecture;weight\n\"a1\";\"2024-01-01\";\"Lobaye\";\"Mbaïki\";\"1.5\"\n\"a2\";\"2024-01-01\";\"Sangha-Mbaéré\";\"Nola\";\"2\"\n";
        var result = await ImportAsync("kobo", "kobo.csv", csv, new AreaMatching(), mapping);
        var table = await Store.GetSurveyTableAsync(result.Dataset!.Id, "households", Ct);
        var adm2 = (Tables.TextColumn)table!["adm2"];
        Assert.Equal(["CF121", "CF231"], adm2.Values);
    }
}
