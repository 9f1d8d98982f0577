using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Demo;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices.Runs;
using HumanSecurity.Runs;
using HumanSecurity.Storage;
using HumanSecurity.Testing;

namespace HumanSecurity.Web.Tests;

/// <summary>The demo files imported by the regular importers into an in-memory DuckDB store, with run 1 = the
/// human-security index at admin-2 (rolled up; through <see cref="IndexRunner"/>, saved with its manifest), run 2 = a poverty run by admin-1 with hand-made H, A and M0 cells and
/// confidence bounds (the last admin-1 area suppressed), and, when asked, runs 3.. = an index panel of
/// the given number of years. Shared (as a linked file) by the web and browser test assemblies.</summary>
public static class DemoStore
{
    public static readonly string[] Files =
        ["boundaries_adm0.geojson", "boundaries_adm1.geojson", "boundaries_adm2.geojson", "areas.csv", "indicators.csv", "observations.csv", "programmes.csv"];

    public static async Task<(DuckDbStore Store, string SuppressedArea)> CreateAsync(int panelYears, CancellationToken ct)
    {
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.Path);
        var store = DuckDbStore.Open(":memory:");
        foreach (var file in Files)
        {
            var format = file.EndsWith(".geojson", StringComparison.Ordinal) ? "geojson" : file[..file.IndexOf('.', StringComparison.Ordinal)];
            await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(dir.File(file)) { Name = "synthetic demo data: " + file }, store, null, ct);
        }
        var model = new ModelLibrary(ModelsDirectory).Load(ModelPath);
        await RunAsync(store, new IndexRequest(model.Model, model.Identity, new IndexStoreSource(store, AreaKind.Admin2)), ct);
        var suppressed = await SavePovertyRunAsync(store, ct);
        if (panelYears > 0)
            await RunAsync(store, new IndexRequest(model.Model, model.Identity, new IndexStoreSource(store, AreaKind.Admin2)) { Panel = new PeriodRange(2025 - panelYears + 1, 2025) }, ct);
        return (store, suppressed);
    }

    private static async Task RunAsync(DuckDbStore store, IndexRequest request, CancellationToken ct) =>
        await RunRecorder.SaveAsync(store, (await IndexRunner.RunAsync(request, ct)).Outputs, ct);

    public static string ModelPath => Path.Combine(Fixtures.RepoRoot, "models", "human-security.yaml");

    public static string ModelsDirectory => Path.Combine(Fixtures.RepoRoot, "models");

    private static async Task<string> SavePovertyRunAsync(DuckDbStore store, CancellationToken ct)
    {
        var admin1 = (await store.GetAreasAsync(ct)).Where(a => a.Kind == AreaKind.Admin1).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        var suppressedArea = admin1[^1].Code;
        var rows = new List<ScoreRow>();
        for (var i = 0; i < admin1.Count; i++)
        {
            var suppressed = admin1[i].Code == suppressedArea;
            var h = 0.1 + 0.04 * i;
            var a = 0.4 + 0.01 * i;
            foreach (var (measure, value) in new[] { ("H", h), ("A", a), ("M0", h * a) })
            {
                var node = measure + "@k33";
                var mark = suppressed ? "suppressed" : null;
                rows.Add(new ScoreRow(admin1[i].Code, node, 1, null, suppressed ? double.NaN : value, suppressed ? 0 : admin1.Count - i - 1, mark));
                rows.Add(new ScoreRow(admin1[i].Code, node + "|ci_low", 0, null, suppressed ? double.NaN : value * 0.9, 0, mark));
                rows.Add(new ScoreRow(admin1[i].Code, node + "|ci_high", 0, null, suppressed ? double.NaN : value * 1.1, 0, mark));
            }
        }
        var run = new RunRecord(0, "poverty", "global-mpi", new string('b', 64), 6, DateTimeOffset.UtcNow) { ParametersJson = "{\"over\":[\"adm1\"]}" };
        await store.SaveRunAsync(run, rows, ct);
        return suppressedArea;
    }
}
