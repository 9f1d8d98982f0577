using System.Net;
using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Demo;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>The page over a real in-memory DuckDB store filled by the regular importers from the demo files.</summary>
public sealed class DuckDbPageTests
{
    [Fact]
    public async Task Page_DemoImportedIntoDuckDb_ListsAreasIndicatorsAndDatasets()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.Path);
        await using var store = DuckDbStore.Open(":memory:");
        foreach (var (format, file) in new[] { ("geojson", "boundaries_adm1.geojson"), ("geojson", "boundaries_adm2.geojson"), ("areas", "areas.csv"), ("indicators", "indicators.csv"), ("observations", "observations.csv"), ("observations", "events.csv"), ("programmes", "programmes.csv") })
            await DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(dir.File(file)) { Name = "synthetic demo data: " + file }, store, null, ct);

        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0 }, store);
        builder.WebHost.UseTestServer();
        await using var app = ObservatoryWebApp.Build(builder);
        await app.StartAsync(ct);
        var client = app.GetTestClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), ct);

        foreach (var area in (await store.GetAreasAsync(ct)).Where(a => a.Kind is AreaKind.Country or AreaKind.Admin1))
            Assert.Contains(WebUtility.HtmlEncode(area.Name), html, StringComparison.Ordinal);
        Assert.Contains("synthetic demo data: observations.csv", html, StringComparison.Ordinal);
        Assert.Contains("id=\"synthetic\"", html, StringComparison.Ordinal);
        Assert.Contains("<code>POV_HC</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>no data</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"portfolio\">12 programmes;", html, StringComparison.Ordinal);
        Assert.Contains("XRG-DEMO-001", html, StringComparison.Ordinal);

        var admin2 = (await store.GetAreasAsync(ct)).Count(a => a.Kind == AreaKind.Admin2);
        var povertyMap = await client.GetStringAsync(new Uri("/?indicator=POV_HC", UriKind.Relative), ct);
        Assert.Contains("<svg id=\"map\"", povertyMap, StringComparison.Ordinal);
        Assert.Equal(admin2, CountOf(povertyMap, "class=\"area\""));
        Assert.Contains($"admin2 areas with data: {admin2} of {admin2}", povertyMap, StringComparison.Ordinal);
        var mortalityMap = await client.GetStringAsync(new Uri("/?indicator=HLT_U5MR", UriKind.Relative), ct);
        Assert.Contains("admin1 areas with data: ", mortalityMap, StringComparison.Ordinal);
        var unknown = await client.GetAsync(new Uri("/?indicator=NOPE", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
