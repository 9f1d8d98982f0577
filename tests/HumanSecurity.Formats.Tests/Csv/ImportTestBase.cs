using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Csv;

/// <summary>A fresh in-memory store per test, seeded with a small gazetteer and catalogue through the real importers.</summary>
public abstract class ImportTestBase : IAsyncLifetime
{
    protected const string Gazetteer = """
        code,name,kind,parent,population,period
        XA,Xandria,country,,1000000,2024
        XA01,North,admin1,XA,600000,2024
        XA02,South,admin1,XA,400000,2024
        """;

    protected const string Catalogue = """
        code,name,unit,direction,cluster,types,impacts,timeframe,sdg,source,frequency,licence
        FLOOD,Flood exposure,%,higher_is_worse,climate,environmental,survival,emerging,13.1,Synthetic,annual,CC-BY-4.0
        LIT,Literacy,%,higher_is_better,poverty,economic|community,dignity,structural,4.6,Synthetic,annual,CC-BY-4.0
        """;

    protected TempDirectory Dir { get; } = new();

    protected DuckDbStore Store { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Where the store lives: in memory unless a test needs its file (to compare bytes).</summary>
    protected virtual string StorePath => ":memory:";

    public virtual async ValueTask InitializeAsync()
    {
        Store = DuckDbStore.Open(StorePath);
        await ImportAsync("areas", "areas.csv", Gazetteer);
        await ImportAsync("indicators", "indicators.csv", Catalogue);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Dir.Dispose();
        GC.SuppressFinalize(this);
    }

    protected string Write(string name, string content, bool bom = false)
    {
        var path = Dir.File(name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n", new System.Text.UTF8Encoding(bom));
        return path;
    }

    protected async Task<ImportResult> ImportAsync(string format, string name, string content, bool dryRun = false, bool bom = false)
    {
        var importer = DatasetImporters.Find(format) ?? throw new InvalidOperationException(format);
        return await importer.ImportAsync(new ImportRequest(Write(name, content, bom)) { DryRun = dryRun }, Store, null, Ct);
    }

    /// <summary>Writes <paramref name="content"/> byte for byte (no line ending added).</summary>
    protected string WriteExact(string name, string content)
    {
        var path = Dir.File(name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>Runs an import that must fail; asserts the store did not change and returns the errors.</summary>
    protected Task<IReadOnlyList<Problem>> FailAsync(string format, string name, string content) => FailFileAsync(format, Write(name, content));

    /// <summary>Imports a written file that must be rejected; asserts the store did not change and returns the errors.</summary>
    protected async Task<IReadOnlyList<Problem>> FailFileAsync(string format, string path)
    {
        var importer = DatasetImporters.Find(format) ?? throw new InvalidOperationException(format);
        var before = await Store.GetSummaryAsync(Ct);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => importer.ImportAsync(new ImportRequest(path), Store, null, Ct));
        var after = await Store.GetSummaryAsync(Ct);
        Assert.Equal((before.Datasets, before.Areas, before.Indicators, before.Observations), (after.Datasets, after.Areas, after.Indicators, after.Observations));
        return e.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
    }

    /// <summary>Asserts exactly one error, at <paramref name="location"/>, whose message contains <paramref name="message"/>.</summary>
    protected async Task AssertSingleErrorAsync(string format, string name, string content, string location, string message)
    {
        var errors = await FailAsync(format, name, content);
        var error = Assert.Single(errors);
        Assert.Equal(location, error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
