using System.Net;
using System.Net.Http.Json;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.ReadModels.Profiles;

namespace HumanSecurity.Web.Tests.Api.Dashboard;

public sealed class ProfileApiTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Profile_Admin1_ScoresRanksAndClassesAreTheRunsAndContributionsAddUp()
    {
        var p = await demo.Client.GetFromJsonAsync<AreaProfile>(new Uri("/api/areas/XA01/profile", UriKind.Relative), Ct);
        Assert.Equal(1, p!.Run!.Id);
        var index = p.Index!;
        Assert.True(index.TreeAvailable);
        var stored = (await demo.Store.GetScoresAsync(1, Ct)).Where(s => s.Unit == "XA01").ToDictionary(s => s.Node);
        foreach (var n in index.Nodes)
        {
            Assert.Equal(stored[n.Code].Score, n.Score!.Value, 12);
            Assert.Equal(stored[n.Code].Rank, n.Rank);
            Assert.Equal(stored[n.Code].Class, n.Class);
        }
        var top = index.Nodes[0];
        Assert.Equal("HSI", top.Code);
        Assert.Equal(18, top.Of);
        var clusters = index.Nodes.Where(n => n.Parent == "HSI").ToList();
        Assert.Equal(5, clusters.Count);
        Assert.Equal(top.Score!.Value, clusters.Sum(c => c.Contribution!.Value), 9);
        foreach (var cluster in clusters)
            Assert.Equal(cluster.Contribution!.Value, index.Nodes.Where(n => n.Parent == cluster.Code).Sum(n => n.Contribution!.Value), 9);
        Assert.Equal(["XRG", "XAU"], p.Path.Select(a => a.Code));
        Assert.Equal("XAU", p.Comparison!.Parent!.Code);
        Assert.Equal(15, p.Threats!.Cells.Count);
        Assert.Contains(p.Threats.Cells, c => c.Value is not null);
    }

    [Fact]
    public async Task Profile_Admin2_PovertyOfItsProvinceGapsAndProgrammes()
    {
        var p = await demo.Client.GetFromJsonAsync<AreaProfile>(new Uri("/api/areas/XA0101/profile", UriKind.Relative), Ct);
        Assert.Equal("XA01", p!.Poverty!.Covers.Code);
        var m0 = p.Poverty.Cells.Single(c => c.Measure == "M0");
        Assert.True(m0.Low < m0.Value && m0.Value < m0.High);
        Assert.Equal("observations", p.Trends.Source);
        Assert.Contains(p.Trends.Series, s => s.Code == "POV_HC" && s.Points.Count == 11);
        var province = await demo.Client.GetFromJsonAsync<AreaProfile>(new Uri("/api/areas/XA01/profile", UriKind.Relative), Ct);
        var sex = province!.Gaps.First(g => g.Dimension == "sex");
        Assert.Equal("M", sex.Reference);
        var women = sex.Groups.Single(g => g.Group == "F");
        var men = sex.Groups.Single(g => g.Group == "M");
        Assert.Equal(women.Value - men.Value, women.Difference!.Value, 12);
        Assert.Equal(women.Value / men.Value, women.Ratio!.Value, 12);
        var all = await demo.Store.GetProgrammesAsync(Ct);
        var country = await demo.Client.GetFromJsonAsync<AreaProfile>(new Uri("/api/areas/XCE/profile", UriKind.Relative), Ct);
        Assert.Equal(all.Count(x => x.Areas.Any(a => a == "XCE" || a == "XRG" || a.StartsWith("XC", StringComparison.Ordinal))), country!.Programmes.Count);
    }

    [Fact]
    public async Task Profile_SuppressedPovertyCell_NoNumberAnywhere()
    {
        var p = await demo.Client.GetFromJsonAsync<AreaProfile>(new Uri($"/api/areas/{demo.SuppressedArea}/profile", UriKind.Relative), Ct);
        Assert.All(p!.Poverty!.Cells, c => Assert.True(c.Suppressed && c.Value is null && c.Low is null && c.High is null));
        var html = await demo.Client.GetStringAsync(new Uri($"/areas/{demo.SuppressedArea}", UriKind.Relative), Ct);
        Assert.Contains("suppressed (too few observations)", TestPages.Section(html, "poverty"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subtree_Country_EveryAreaBelowOnce()
    {
        var tree = await demo.Client.GetFromJsonAsync<SubtreeResponse>(new Uri("/api/areas/XBO/subtree", UriKind.Relative), Ct);
        var below = (await demo.Store.GetAreasAsync(Ct)).Count(a => a.Code.StartsWith("XB", StringComparison.Ordinal) && a.Code != "XBO");
        Assert.Equal(below + 1, tree!.Count);
        var shallow = await demo.Client.GetFromJsonAsync<SubtreeResponse>(new Uri("/api/areas/XBO/subtree?depth=1", UriKind.Relative), Ct);
        Assert.All(shallow!.Areas, a => Assert.True(a.Depth <= 1));
    }

    [Theory]
    [InlineData("/api/areas/NOPE/profile", HttpStatusCode.NotFound, "'code'")]
    [InlineData("/api/areas/XA01/profile?run=2", HttpStatusCode.BadRequest, "'run'")]
    [InlineData("/api/areas/XA01/profile?run=x", HttpStatusCode.BadRequest, "'run'")]
    [InlineData("/api/areas/XA01/subtree?depth=99", HttpStatusCode.BadRequest, "'depth'")]
    [InlineData("/areas/NOPE", HttpStatusCode.NotFound, "'code'")]
    [InlineData("/areas/XA01/report.docx", HttpStatusCode.NotFound, "'format'")]
    public async Task Profile_BadParameter_ProblemNamingIt(string url, HttpStatusCode status, string parameter)
    {
        var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
