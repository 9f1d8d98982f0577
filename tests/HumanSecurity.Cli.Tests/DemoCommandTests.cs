using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Demo;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_NoServe_ExitsZeroAndStoreHoldsTheDemo()
    {
        using var dir = new TempDirectory();
        var db = dir.File("demo.duckdb");
        var data = dir.File("data");
        Assert.Equal(0, await HsoApp.RunAsync(["demo", "--no-serve", "--db", db, "--data", data]));

        await using (var store = DuckDbStore.Open(db))
        {
            var s = await store.GetSummaryAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, s.AreasByKind[AreaKind.Region]);
            Assert.Equal(3, s.AreasByKind[AreaKind.Country]);
            Assert.InRange(s.AreasByKind[AreaKind.Admin1], 15, 24);
            Assert.InRange(s.AreasByKind[AreaKind.Admin2], 15 * 6, 24 * 12);
            Assert.InRange(s.Indicators, 30, 50);
            Assert.True(s.Observations > 50_000, $"{s.Observations} observations");
            Assert.Equal(12, s.Programmes);
            Assert.InRange(s.SurveyHouseholds, 45_000, 55_000);
            Assert.True(s.SurveyPersons > s.SurveyHouseholds);
            var areas = await store.GetAreasAsync(TestContext.Current.CancellationToken);
            Assert.Equal(areas.Count - 1, (await store.GetGeometriesAsync(TestContext.Current.CancellationToken)).Count);
            Assert.All(areas.Where(a => a.Kind == AreaKind.Country), c => Assert.Equal("XRG", c.ParentCode));
            Assert.All(areas.Where(a => a.Kind != AreaKind.Region), a => Assert.NotEmpty(a.Populations));
            var datasets = await store.GetDatasetsAsync(TestContext.Current.CancellationToken);
            Assert.Equal(9, datasets.Count);
            Assert.All(datasets, d => Assert.StartsWith(DemoDataGenerator.Notice, d.Name, StringComparison.Ordinal));

            // The demo computes: the human-security index at admin-2 (rolled up) and the global MPI by admin-1.
            var runs = await store.GetRunsAsync(TestContext.Current.CancellationToken);
            Assert.Equal(["index", "poverty"], runs.Select(r => r.Kind));
            var scores = await store.GetScoresAsync(runs[0].Id, TestContext.Current.CancellationToken);
            var admin1 = areas.Where(a => a.Kind == AreaKind.Admin1).Select(a => a.Code).ToHashSet();
            var admin2 = areas.Where(a => a.Kind == AreaKind.Admin2).Select(a => a.Code).ToHashSet();
            Assert.Contains(scores, r => admin2.Contains(r.Unit) && !double.IsNaN(r.Score));
            Assert.Contains(scores, r => admin1.Contains(r.Unit) && !double.IsNaN(r.Score));
            var poverty = await store.GetScoresAsync(runs[1].Id, TestContext.Current.CancellationToken);
            var m0 = poverty.Where(r => r.Node == "M0@k33").ToList();
            Assert.Equal(admin1.Order(StringComparer.Ordinal), m0.Select(r => r.Unit).Order(StringComparer.Ordinal));
            Assert.All(m0, r => Assert.InRange(r.Score, 0.0, 1.0));
            var low = poverty.Where(r => r.Node == "M0@k33|ci_low").ToDictionary(r => r.Unit);
            var high = poverty.Where(r => r.Node == "M0@k33|ci_high").ToDictionary(r => r.Unit);
            Assert.All(m0.Where(r => r.Class is null), r => Assert.True(low[r.Unit].Score < r.Score && r.Score < high[r.Unit].Score));
        }

        // Both runs recompute equal from their manifests and the datasets they name.
        Assert.Equal(0, await HsoApp.RunAsync(["verify", "--db", db, "--run", "1"]));
        Assert.Equal(0, await HsoApp.RunAsync(["verify", "--db", db, "--run", "2"]));

        // hso report writes the area's self-contained report; bad options are located errors.
        var report = dir.File("XA01.html");
        Assert.Equal(0, await HsoApp.RunAsync(["report", "--area", "XA01", "--out", report, "--db", db]));
        var html = await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken);
        Assert.Contains("id=\"index-tree\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"poverty\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.Equal(1, await HsoApp.RunAsync(["report", "--area", "NOPE", "--out", report, "--db", db]));
        Assert.Equal(2, await HsoApp.RunAsync(["report", "--area", "XA01", "--format", "docx", "--out", report, "--db", db]));

        // A second run reuses the generated files and replaces the store instead of adding to it.
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(data, DemoDataGenerator.ObservationsFile));
        Assert.Equal(0, await HsoApp.RunAsync(["demo", "--no-serve", "--db", db, "--data", data]));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(data, DemoDataGenerator.ObservationsFile)));
        await using (var store = DuckDbStore.Open(db))
            Assert.Equal(9, (await store.GetDatasetsAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Demo_DbIsNotAStore_Exit3AndFileKept()
    {
        using var dir = new TempDirectory();
        var db = dir.Write("notes.txt", "my notes, not a database\n");
        Assert.Equal(3, await HsoApp.RunAsync(["demo", "--no-serve", "--db", db, "--data", dir.File("data")]));
        Assert.Equal("my notes, not a database\n", await File.ReadAllTextAsync(db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DemoData_OutAndSeed_WritesFilesWithSeed()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, await HsoApp.RunAsync(["demo-data", "--out", dir.Path, "--seed", "5"]));
        Assert.True(DemoDataGenerator.IsComplete(dir.Path));
        Assert.Equal(5, DemoDataGenerator.ReadSeed(dir.Path));
    }

    [Fact]
    public async Task PovertyRun_DemoSurvey_GlobalMpiComputes()
    {
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.Path);
        var output = dir.File("out");
        Assert.Equal(0, await HsoApp.RunAsync(["poverty", "run", "--spec", "global-mpi", "--data", dir.File(DemoDataGenerator.HouseholdsFile),
            "--roster", dir.File(DemoDataGenerator.PersonsFile), "--out", output]));
        Assert.True(File.Exists(Path.Combine(output, "levels.csv")));
    }

    [Fact]
    public async Task DemoData_MissingOut_UsageError() => Assert.Equal(2, await HsoApp.RunAsync(["demo-data"]));

    [Fact]
    public async Task Serve_MissingStore_StoreUnavailable()
    {
        using var dir = new TempDirectory();
        Assert.Equal(3, await HsoApp.RunAsync(["serve", "--db", dir.File("absent.duckdb"), "--port", "0"]));
        Assert.False(File.Exists(dir.File("absent.duckdb")));
    }

    [Fact]
    public async Task Serve_BadPort_UsageError() => Assert.Equal(2, await HsoApp.RunAsync(["serve", "--port", "70000"]));
}
