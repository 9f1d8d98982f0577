using System.Globalization;
using System.Text;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Poverty;

public sealed class PovertyStoreTests
{
    internal static void WriteSurvey(TempDirectory dir, int households, bool orphan = false)
    {
        var rng = new Random(17);
        var hh = new StringBuilder("hh_id,adm1,adm2,urban,stratum,psu,hh_weight,hh_size,d_a,d_b,d_c\n");
        var persons = new StringBuilder("hh_id,person_id,age,years_school\n");
        for (var i = 1; i <= households; i++)
        {
            var adm1 = $"R{1 + i % 3}";
            var adm2 = i % 20 == 0 ? "SMALL" : $"{adm1}-{1 + i % 2}";
            hh.Append(CultureInfo.InvariantCulture, $"{i},{adm1},{adm2},{(i % 2 == 0 ? "U" : "R")},{adm1},{i % 10},{1 + rng.NextDouble()},{1 + rng.Next(5)},");
            hh.Append(CultureInfo.InvariantCulture, $"{(rng.NextDouble() < 0.4 ? 1 : 0)},{(rng.NextDouble() < 0.3 ? 1 : 0)},{(rng.NextDouble() < 0.5 ? 1 : 0)}\n");
            persons.Append(CultureInfo.InvariantCulture, $"{i},1,{20 + rng.Next(40)},{rng.Next(12)}\n");
        }
        if (orphan) persons.Append("99999,1,30,4\n");
        dir.Write("svy_households.csv", hh.ToString());
        dir.Write("svy_persons.csv", persons.ToString());
    }

    internal const string Spec = """
        name: store-test
        unit: hh_id
        weight: hh_weight
        size: hh_size
        strata: stratum
        psu: psu
        k: [1/3]
        indicators:
          - {column: d_a, dimension: a, weight: 1/3}
          - {column: d_b, dimension: b, weight: 1/3}
          - {column: d_c, dimension: c, weight: 1/6}
          - name: d_school
            dimension: c
            weight: 1/6
            roster: {value: years_school, deprived_if: "< 6", aggregate: all, age: age, min_age: 10}
        """;

    [Fact]
    public async Task Import_ThenRunByArea_WritesAreaLevelsSuppressesSmallAreasAndSavesRun()
    {
        using var dir = new TempDirectory();
        WriteSurvey(dir, 300);
        var db = dir.File("s.duckdb");
        Assert.IsType<SurveyImporter>(DatasetImporters.Resolve(dir.File("svy_households.csv"), null));
        Assert.Equal(0, await HsoApp.RunAsync(["import", dir.File("svy_households.csv"), "--db", db]));
        var spec = dir.Write("s.yaml", Spec);
        var code = await HsoApp.RunAsync(["poverty", "run", "--spec", spec, "--db", db, "--dataset", "1", "--by", "adm1,adm2", "--out", dir.File("o")]);
        Assert.Equal(0, code);
        var levels = File.ReadAllLines(dir.File("o/levels.csv"));
        Assert.Contains(levels, l => l.StartsWith(",adm1,R2,1/3,M0,0.", StringComparison.Ordinal));
        // SMALL (15 households) is suppressed with its counts, and so is its smallest sibling (secondary suppression),
        // so that the 'all' row minus the published areas does not give SMALL back.
        var adm2 = levels.Where(l => l.StartsWith(",adm2,", StringComparison.Ordinal) && l.Contains(",1/3,H,", StringComparison.Ordinal)).ToList();
        Assert.Contains(",adm2,SMALL,1/3,H,,,,,,", adm2);
        Assert.Equal(2, adm2.Count(l => l.EndsWith(",H,,,,,,", StringComparison.Ordinal)));
        Assert.Equal(5, adm2.Count(l => l.Contains(",H,0.", StringComparison.Ordinal)));
        await using var reopened = DuckDbStore.Open(db);
        var runs = await reopened.GetRunsAsync(TestContext.Current.CancellationToken);
        var run = Assert.Single(runs, r => r.Kind == "poverty");
        var scores = await reopened.GetScoresAsync(run.Id, TestContext.Current.CancellationToken);
        var dataset = Assert.Single(await reopened.GetDatasetsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(600, dataset.RowCount);
        Assert.Contains(scores, s => s.Unit == "R3" && s.Node == "M0@k1/3" && s.Score > 0 && s.Rank >= 1);
        Assert.Contains(scores, s => s.Unit == "SMALL" && double.IsNaN(s.Score) && s.Class == "suppressed");
    }

    [Fact]
    public async Task Import_RosterWithUnknownHousehold_IsRejectedAndStoreUnchanged()
    {
        using var dir = new TempDirectory();
        WriteSurvey(dir, 20, orphan: true);
        await using var store = DuckDbStore.Open(dir.File("s.duckdb"));
        var e = await Assert.ThrowsAsync<InvalidInputException>(() =>
            new SurveyImporter().ImportAsync(new ImportRequest(dir.File("svy_households.csv")), store, null, TestContext.Current.CancellationToken));
        Assert.Contains(e.Problems, p => p.Location == "svy_persons.csv:22:hh_id");
        Assert.Empty(await store.GetDatasetsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Run_StoreDatasetWithoutSurvey_ExitsOne()
    {
        using var dir = new TempDirectory();
        var db = dir.File("e.duckdb");
        await using (DuckDbStore.Open(db)) { }
        var code = await HsoApp.RunAsync(["poverty", "run", "--spec", "global-mpi", "--db", db, "--dataset", "7", "--out", dir.File("o")]);
        Assert.Equal(1, code);
    }
}
