using HumanSecurity.DuckDb;
using HumanSecurity.Demo;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>A store file holding the demo gazetteer, catalogue and observations, for store-mode index tests.</summary>
internal static class IndexDemoStore
{
    public static string HumanSecurityModel { get; } = Path.Combine(Fixtures.RepoRoot, "models", "human-security.yaml");

    public static async Task<string> CreateAsync(TempDirectory dir)
    {
        DemoDataGenerator.Generate(dir.File("demo"), DemoDataGenerator.DefaultSeed);
        var db = dir.File("demo.duckdb");
        await using var store = DuckDbStore.Open(db);
        foreach (var file in new[] { "areas.csv", "indicators.csv", "observations.csv" })
        {
            var path = dir.File(Path.Combine("demo", file));
            await DatasetImporters.Resolve(path, null).ImportAsync(new ImportRequest(path), store, null, CancellationToken.None);
        }
        return db;
    }
}
