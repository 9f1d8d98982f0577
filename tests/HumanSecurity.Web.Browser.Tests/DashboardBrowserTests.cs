using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HumanSecurity.Areas;
using HumanSecurity.Web.ReadModels.Profiles;
using static Microsoft.Playwright.Assertions;

namespace HumanSecurity.Web.Browser.Tests;

/// <summary>The dashboard in a real headless Chromium: the map draws every area, drills down and back, is reachable by
/// keyboard; the profile shows the API's numbers; compare, French and the reports. Each test saves a screenshot.</summary>
public sealed partial class DashboardBrowserTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Map_Default_DrawsEveryAreaOfTheRunsLevel()
    {
        var page = await app.PageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-features", new Regex(@"^\d+$"));
        var geometries = await app.Store.GetGeometriesAsync(Ct);
        var admin2 = (await app.Store.GetAreasAsync(Ct)).Count(a => a.Kind == AreaKind.Admin2 && geometries.ContainsKey(a.Code));
        Assert.Equal(admin2, await page.Locator("#map path.leaflet-interactive").CountAsync());
        Assert.Equal(admin2.ToString(CultureInfo.InvariantCulture), await page.Locator("#map").GetAttributeAsync("data-features"));
        var filled = await page.Locator("#map path.leaflet-interactive").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('fill'))");
        Assert.DoesNotContain("#e3e3e3", filled);
        await app.ShotAsync(page, "map");
    }

    [Fact]
    public async Task Map_ClickCountryThenProvince_DrillsDownAndBreadcrumbGoesBack()
    {
        var page = await app.PageAsync();
        await page.GotoAsync("/?level=country");
        await Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(3);
        await page.Locator("#map path[data-code=XAU]").ClickAsync();
        await page.WaitForURLAsync(new Regex("parent=XAU"));
        var provinces = (await app.Store.GetAreasAsync(Ct)).Count(a => a.ParentCode == "XAU");
        await Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(provinces);
        await Expect(page.Locator("#breadcrumb")).ToContainTextAsync("Republic of Aurelia");
        await page.Locator("#map path[data-code=XA01]").ClickAsync();
        await page.WaitForURLAsync(new Regex("parent=XA01"));
        var districts = (await app.Store.GetAreasAsync(Ct)).Count(a => a.ParentCode == "XA01");
        await Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(districts);
        await app.ShotAsync(page, "map-drilled");
        await page.Locator("#breadcrumb a", new() { HasText = "Republic of Aurelia" }).ClickAsync();
        await Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(provinces);
        await page.Locator("#breadcrumb a", new() { HasText = "All areas" }).ClickAsync();
        await Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task Map_Keyboard_TabReachesAnAreaAndEnterDrills()
    {
        var page = await app.PageAsync();
        await page.GotoAsync("/?level=country");
        await Expect(page.Locator("#map path.leaflet-interactive")).ToHaveCountAsync(3);
        string? code = null;
        for (var i = 0; i < 60 && code is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            code = await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('data-code')");
        }
        Assert.NotNull(code);
        await Expect(page.Locator(".leaflet-tooltip")).ToBeVisibleAsync();
        await app.ShotAsync(page, "map-keyboard");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("parent=" + code));
    }

    [Fact]
    public async Task Profile_NumbersEqualTheApis()
    {
        var page = await app.PageAsync(1280, 1000);
        await page.GotoAsync("/areas/XA01");
        var profile = await app.Http.GetFromJsonAsync<AreaProfile>("/api/areas/XA01/profile", Ct);
        foreach (var node in profile!.Index!.Nodes.Where(n => n.Level >= 2 || n.Depth <= 2))
        {
            var cell = page.Locator($"#index-tree tr[data-node='{node.Code}'] td.score").First;
            Assert.Equal(node.Score!.Value.ToString("N2", CultureInfo.InvariantCulture), await cell.InnerTextAsync());
        }
        foreach (var c in profile.Poverty!.Cells)
            Assert.Equal(c.Value!.Value.ToString("N3", CultureInfo.InvariantCulture),
                (await page.Locator($"#poverty tr[data-measure='{c.Measure}@k{c.K}'] td.n").First.InnerTextAsync()).Trim());
        await Expect(page.Locator("#trend-chart svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#trend-chart")).ToHaveAttributeAsync("data-plot", "true");
        await Expect(page.Locator("#changes svg")).ToBeVisibleAsync();
        await app.ShotAsync(page, "profile");
    }

    [Fact]
    public async Task Compare_ChosenAreas_SideBySide()
    {
        var page = await app.PageAsync();
        await page.GotoAsync("/compare");
        await page.Locator("#compare-areas").SelectOptionAsync(["XA01", "XB01", "XC01"]);
        await page.Locator("#compare-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("areas="));
        var headers = await page.Locator("#compare-table thead th[data-area]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.area)");
        Assert.Equal(["XA01", "XB01", "XC01"], headers);
        await Expect(page.Locator("#compare-chart")).ToHaveAttributeAsync("data-plot", "true");
        await app.ShotAsync(page, "compare");
    }

    [Fact]
    public async Task French_LangParameter_InterfaceInFrench()
    {
        var page = await app.PageAsync();
        await page.GotoAsync("/?lang=fr");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Carte");
        await Expect(page.Locator("header nav").First).ToContainTextAsync("Comparer");
        await Expect(page.Locator("#legend")).ToContainTextAsync("pas de données");
        await app.ShotAsync(page, "map-fr");
        await page.Locator("header nav a", new() { HasText = "Données" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Contenu de la base");
        await app.ShotAsync(page, "data-fr");
    }

    [Fact]
    public async Task NarrowScreen_MapAndTableStillUsable()
    {
        var page = await app.PageAsync(390, 844);
        await page.GotoAsync("/");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-features", new Regex(@"^\d+$"));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 400, $"the page is {width} px wide on a 390 px screen");
        await app.ShotAsync(page, "map-narrow");
    }

    [Fact]
    public async Task Report_Html_SelfContained_Pdf_Valid()
    {
        var html = await app.Http.GetStringAsync("/areas/XA01/report.html", Ct);
        Assert.Empty(External().Matches(html));
        var pdf = await app.Http.GetByteArrayAsync("/areas/XA01/report.pdf", Ct);
        Assert.True(pdf.Length > 10_000, $"PDF of {pdf.Length} bytes");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(pdf, pdf.Length - 32, 32), StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(app.Screenshots, "report-XA01.pdf"), pdf, Ct);
        var page = await app.PageAsync(1000, 1200);
        var blocked = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            blocked.Add(route.Request.Url);
            await route.AbortAsync();
        });
        await page.SetContentAsync(html);
        Assert.Empty(blocked);
        await app.ShotAsync(page, "report");
    }

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:)?//|url\(\s*['""]?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex External();
}
