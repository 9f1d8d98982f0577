using HumanSecurity.DuckDb;
using HumanSecurity.Testing;
using HumanSecurity.Web.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(HumanSecurity.Web.Browser.Tests.BrowserApp))]

namespace HumanSecurity.Web.Browser.Tests;

/// <summary>The assembly's one fixture: the demo store (runs 1 and 2 and a three-year index panel, runs 3–5) served by
/// Kestrel on a free loopback port, and Debian's Chromium driven by Playwright. Without /usr/bin/chromium the tests
/// skip with a visible reason, unless <c>HSO_REQUIRE_BROWSER=1</c> or <c>CI=true</c>, where they fail.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public DuckDbStore Store { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public HttpClient Http { get; } = new();

    public string Screenshots { get; } = Path.Combine(Fixtures.RepoRoot, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;
        var ct = TestContext.Current.CancellationToken;
        (Store, _) = await DemoStore.CreateAsync(panelYears: 3, ct);
        var options = new WebOptions { Port = 0, StoreLabel = "browser tests", ModelsDirectory = DemoStore.ModelsDirectory };
        _app = ObservatoryWebApp.Build(options, Store);
        await _app.StartAsync(ct);
        BaseUrl = new Uri(_app.Urls.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
        Http.BaseAddress = BaseUrl;
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page (1280 × 900 unless given); skips or fails the test when Chromium is missing.</summary>
    public async Task<IPage> PageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            var reason = $"Chromium not found at {ChromiumPath} (scripts/ensure-deps.sh installs Debian's chromium)";
            if (Environment.GetEnvironmentVariable("HSO_REQUIRE_BROWSER") == "1" || Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason);
            Assert.Skip(reason);
        }
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl.ToString() });
        return await context.NewPageAsync();
    }

    public Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
    }
}
