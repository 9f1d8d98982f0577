using System.Globalization;
using System.Text.Json;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Poverty;

public sealed class PovertyCommandTests
{
    internal static string DocsSpec()
    {
        var doc = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs", "poverty.md"));
        var start = doc.IndexOf("```yaml\nunit: hh_id", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/poverty.md must hold the example spec");
        start += "```yaml\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Run_DocsExampleOnCase3_WritesLevelsAsDocumented()
    {
        using var dir = new TempDirectory();
        var spec = dir.Write("case3.yaml", DocsSpec());
        var code = await HsoApp.RunAsync(["poverty", "run", "--spec", spec, "--data", Fixtures.Get("mpi", "case3_missing_households.csv"),
            "--roster", Fixtures.Get("mpi", "case3_missing_roster.csv"), "--out", dir.File("out")]);
        Assert.Equal(0, code);
        var levels = File.ReadAllLines(dir.File("out/levels.csv"));
        Assert.Equal("t,over,group,k,measure,value,se,ci_low,ci_high,n,weighted_n", levels[0]);
        var m0 = levels.Single(l => l.StartsWith(",all,all,1/3,M0,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(46.0 / 117, double.Parse(m0[5], CultureInfo.InvariantCulture), 15);
        Assert.Equal("4", m0[9]);
        Assert.Equal("13", m0[10]);
        Assert.Equal("t,over,group,k,indicator,measure,value,se,ci_low,ci_high", File.ReadLines(dir.File("out/indicators.csv")).First());
        Assert.False(File.Exists(dir.File("out/changes.csv")));
        using var run = JsonDocument.Parse(File.ReadAllText(dir.File("out/run.json")));
        Assert.Equal(13.0 / 27, run.RootElement.GetProperty("details").GetProperty("retained").GetProperty("share_weighted").GetDouble(), 15);
    }

    [Fact]
    public async Task Run_SeveralRounds_WritesChanges()
    {
        using var dir = new TempDirectory();
        var lines = new List<string> { "hh_id,t,year,st,psu,region,d1,d2" };
        var rng = new Random(4);
        for (var i = 0; i < 400; i++)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{i},{1 + i / 200},{2012 + 5 * (i / 200)},{i % 4},{i % 20},r{i % 3},{(rng.NextDouble() < 0.4 ? 1 : 0)},{(rng.NextDouble() < 0.3 + 0.1 * (i / 200) ? 1 : 0)}"));
        var data = dir.Write("d.csv", string.Join("\n", lines) + "\n");
        var spec = dir.Write("s.yaml", """
            unit: hh_id
            strata: st
            psu: psu
            over: [region]
            time: {round: t, year: year}
            k: [50, 100]
            indicators:
              - {column: d1, dimension: a, weight: 1/2}
              - {column: d2, dimension: b, weight: 1/2}
            """);
        Assert.Equal(0, await HsoApp.RunAsync(["poverty", "run", "--spec", spec, "--data", data, "--out", dir.File("o")]));
        var changes = File.ReadAllLines(dir.File("o/changes.csv"));
        Assert.Equal("over,group,k,measure,t0,t1,type,annualised,value,se,ci_low,ci_high", changes[0]);
        Assert.Contains(changes, l => l.StartsWith("region,r1,100,M0,1,2,rel,1,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(dir.File("o/levels.csv")), l => l.StartsWith("2,region,r2,50,H,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(dir.File("o/indicator_changes.csv")), l => l.StartsWith("all,all,50,d2,hd,1,2,abs,0,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_GlobalMpiOnDemoLayout_BuildsEducationFromRoster()
    {
        using var dir = new TempDirectory();
        var rng = new Random(9);
        var hh = new List<string> { "hh_id,country,adm1,adm2,urban,stratum,psu,hh_weight,hh_size,d_cm,d_nutr,d_satt,d_educ,d_elct,d_wtr,d_sani,d_hsg,d_ckfl,d_asst" };
        var persons = new List<string> { "hh_id,person_id,sex,age,years_school,attending_school" };
        for (var i = 1; i <= 240; i++)
        {
            var adm1 = $"XA0{1 + i % 2}";
            var flags = string.Join(",", Enumerable.Range(0, 10).Select(j => j is 2 or 3 ? "" : rng.NextDouble() < 0.35 ? "1" : "0"));
            hh.Add(string.Create(CultureInfo.InvariantCulture, $"{i},XAU,{adm1},{adm1}0{1 + i % 3},{(i % 3 == 0 ? "U" : "R")},{adm1}-{i % 3},{i % 12},{100 + i},{2 + i % 4},{flags}"));
            persons.Add(string.Create(CultureInfo.InvariantCulture, $"{i},1,F,{30 + i % 20},{rng.Next(12)},"));
            persons.Add(string.Create(CultureInfo.InvariantCulture, $"{i},2,M,{6 + i % 9},{rng.Next(4)},{(rng.NextDouble() < 0.8 ? 1 : 0)}"));
        }
        var data = dir.Write("survey_households.csv", string.Join("\n", hh) + "\n");
        var roster = dir.Write("survey_persons.csv", string.Join("\n", persons) + "\n");
        var code = await HsoApp.RunAsync(["poverty", "run", "--spec", "global-mpi", "--data", data, "--roster", roster, "--out", dir.File("o")]);
        Assert.Equal(0, code);
        var levels = File.ReadAllLines(dir.File("o/levels.csv"));
        Assert.Equal(1 + 3 * 3 * (1 + 2 + 2), levels.Length);
        Assert.Contains(levels, l => l.StartsWith(",urban,U,33,M0,0.", StringComparison.Ordinal));
        var hdEduc = File.ReadAllLines(dir.File("o/indicators.csv")).Single(l => l.StartsWith(",all,all,33,d_educ,hd,", StringComparison.Ordinal));
        Assert.True(double.Parse(hdEduc.Split(',')[6], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void DocsPerceptionExample_Parses()
    {
        var doc = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs", "poverty.md"));
        var start = doc.IndexOf("```yaml\nunit: id", StringComparison.Ordinal) + "```yaml\n".Length;
        var spec = Formats.Poverty.PerceptionSpecReader.Parse(doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)], "docs");
        Assert.Equal(3, spec.Bands.Count);
    }

    [Fact]
    public async Task Run_BadSpec_ExitsOneWithoutOutput()
    {
        using var dir = new TempDirectory();
        var spec = dir.Write("bad.yaml", DocsSpec().Replace("weight: 1/18}", "weight: 1/17}", StringComparison.Ordinal));
        var code = await HsoApp.RunAsync(["poverty", "run", "--spec", spec, "--data", Fixtures.Get("mpi", "case3_missing_households.csv"), "--out", dir.File("out")]);
        Assert.Equal(1, code);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public async Task Spec_GlobalMpi_ExitsZero_UnknownExitsOne()
    {
        Assert.Equal(0, await HsoApp.RunAsync(["poverty", "spec", "global-mpi"]));
        Assert.Equal(1, await HsoApp.RunAsync(["poverty", "spec", "no-such-spec"]));
    }

    [Fact]
    public async Task Run_MinCount_SuppressesSmallCells()
    {
        using var dir = new TempDirectory();
        var code = await HsoApp.RunAsync(["poverty", "run", "--spec", dir.Write("s.yaml", DocsSpec()),
            "--data", Fixtures.Get("mpi", "case3_missing_households.csv"), "--roster", Fixtures.Get("mpi", "case3_missing_roster.csv"),
            "--out", dir.File("o"), "--min-count", "5"]);
        Assert.Equal(0, code);
        Assert.Contains(",all,all,1/3,H,,,,,,", File.ReadAllLines(dir.File("o/levels.csv"))); // counts withheld too
        using var run = JsonDocument.Parse(File.ReadAllText(dir.File("o/run.json")));
        Assert.True(run.RootElement.GetProperty("details").GetProperty("suppression").GetProperty("suppressed_cells").GetInt32() > 0);
    }
}
