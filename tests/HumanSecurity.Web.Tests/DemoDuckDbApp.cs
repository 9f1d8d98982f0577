using HumanSecurity.Access;
using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Demo;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>A class fixture: the demo files imported into an in-memory DuckDB store, run 1 = the human-security index at
/// admin-2 (computed by <see cref="StoreIndexRunner"/>), run 2 = a poverty run by admin-1 with hand-made H, A and M0
/// cells (one suppressed), a token per role (<see cref="Tokens"/>), and the web app over it on a test server.</summary>
public sealed class DemoDuckDbApp : IAsyncLifetime
{
    private WebApplication? _app;

    public DuckDbStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The admin-1 area whose poverty cells are suppressed.</summary>
    public string SuppressedArea { get; private set; } = "";

    /// <summary>Tokens by the placeholders docs/api.md uses: <c>$VIEWER</c>, <c>$ANALYST</c>, <c>$ADMIN</c>, <c>$REVOKED</c>.</summary>
    public IReadOnlyDictionary<string, string> Tokens { get; private set; } = new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.Path);
        Store = DuckDbStore.Open(":memory:");
        foreach (var (format, file) in new[] { ("geojson", "boundaries_adm1.geojson"), ("geojson", "boundaries_adm2.geojson"), ("areas", "areas.csv"), ("indicators", "indicators.csv"), ("observations", "observations.csv"), ("programmes", "programmes.csv") })
            await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(dir.File(file)) { Name = "synthetic demo data: " + file }, Store, null, ct);
        var model = ModelYamlReader.ReadFile(Path.Combine(Fixtures.RepoRoot, "models", "human-security.yaml"));
        await StoreIndexRunner.RunAsync(Store, model, AreaKind.Admin2, null, new PipelineOptions(), ct: ct);
        await SavePovertyRunAsync(ct);
        Tokens = await CreateTokensAsync(ct);
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0, StoreLabel = "test" }, Store);
        builder.WebHost.UseTestServer();
        _app = ObservatoryWebApp.Build(builder);
        await _app.StartAsync(ct);
        Client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        await Store.DisposeAsync();
    }

    private async Task<Dictionary<string, string>> CreateTokensAsync(CancellationToken ct)
    {
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, role) in new[] { ("VIEWER", Role.Viewer), ("ANALYST", Role.Analyst), ("ADMIN", Role.Admin), ("REVOKED", Role.Admin) })
        {
            var secret = ApiTokenSecret.Generate();
            var token = await Store.CreateTokenAsync(name.ToLowerInvariant(), role, ApiTokenSecret.HashHex(secret), "test", ct);
            if (name == "REVOKED") await Store.RevokeTokenAsync(token.Id, ct);
            tokens["$" + name] = secret;
        }
        return tokens;
    }

    private async Task SavePovertyRunAsync(CancellationToken ct)
    {
        var admin1 = (await Store.GetAreasAsync(ct)).Where(a => a.Kind == AreaKind.Admin1).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        SuppressedArea = admin1[^1].Code;
        var rows = new List<ScoreRow>();
        for (var i = 0; i < admin1.Count; i++)
        {
            var suppressed = admin1[i].Code == SuppressedArea;
            var h = 0.1 + 0.04 * i;
            var a = 0.4 + 0.01 * i;
            foreach (var (measure, value) in new[] { ("H", h), ("A", a), ("M0", h * a) })
                rows.Add(new ScoreRow(admin1[i].Code, measure + "@k33", 1, null, suppressed ? double.NaN : value, suppressed ? 0 : admin1.Count - i - 1, suppressed ? "suppressed" : null));
        }
        var run = new RunRecord(0, "poverty", "global-mpi", new string('b', 64), 6, DateTimeOffset.UtcNow) { ParametersJson = "{\"over\":[\"adm1\"]}" };
        await Store.SaveRunAsync(run, rows, ct);
    }
}
