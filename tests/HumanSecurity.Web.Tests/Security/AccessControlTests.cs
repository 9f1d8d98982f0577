using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HumanSecurity.Access;

namespace HumanSecurity.Web.Tests.Security;

/// <summary>Every auth rule on a real write (<c>PUT /api/datasets/{id}/access</c>, admin only, audited) and on reads of
/// restricted data: anonymous, viewer, analyst, admin, revoked, malformed and unknown tokens, anonymous read off.</summary>
public sealed class AccessControlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "needs an API token")]
    [InlineData("viewer", HttpStatusCode.Forbidden, "needs the role 'admin'")]
    [InlineData("analyst", HttpStatusCode.Forbidden, "has 'analyst'")]
    [InlineData("revoked", HttpStatusCode.Unauthorized, "was revoked")]
    [InlineData("malformed", HttpStatusCode.Unauthorized, "malformed")]
    [InlineData("unknown", HttpStatusCode.Unauthorized, "unknown token")]
    public async Task PutAccess_WithoutAdmin_RefusedAuditedAndNothingChanged(string? who, HttpStatusCode status, string detail)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var token = who switch
        {
            "viewer" => s.Viewer, "analyst" => s.Analyst, "revoked" => s.Revoked, "malformed" => "hso_short",
            "unknown" => ApiTokenSecret.Generate(), _ => null,
        };
        var version = s.Store.DataVersion;
        var response = await host.SendAsync(HttpMethod.Put, "/api/datasets/4/access", token, Body("""{"restricted": true}"""));
        await Problems.AssertAsync(response, status, detail);
        if (status == HttpStatusCode.Unauthorized) Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(version, s.Store.DataVersion);
        Assert.False((await s.Store.GetDatasetsAsync(Ct)).Single(d => d.Id == 4).Restricted);
        var entry = Assert.Single(await s.Store.GetAuditAsync(10, Ct));
        Assert.Equal(("dataset.access", "PUT /api/datasets/4/access", AuditEntry.Denied, (int)status), (entry.Action, entry.Target, entry.Outcome, entry.Status));
    }

    [Fact]
    public async Task PutAccess_Admin_RestrictsAuditsAndHidesTheDataFromAnonymousOnly()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        const string hidden = "/api/observations?indicator=LIT&area=XA02";
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(hidden)).StatusCode);
        var response = await host.SendAsync(HttpMethod.Put, "/api/datasets/4/access", s.Admin, Body("""{"restricted": true}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)))
            Assert.True(json.RootElement.GetProperty("restricted").GetBoolean());
        var entry = Assert.Single(await s.Store.GetAuditAsync(10, Ct));
        Assert.Equal(("token:3 (admin-1)", Role.Admin, AuditEntry.Ok, 200, "dataset 4 restricted"), (entry.Actor, entry.Role, entry.Outcome, entry.Status, entry.Detail));
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(hidden)).StatusCode);
        Assert.DoesNotContain("\"id\":4", await (await host.GetAsync("/api/datasets")).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        foreach (var token in new[] { s.Viewer, s.Analyst, s.Admin })
        {
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(hidden, token)).StatusCode);
            Assert.Contains("\"id\":4", await (await host.GetAsync("/api/datasets", token)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Restricted_AnonymousIndicatorSummaryAndHealth_LeaveTheRestrictedValuesOut()
    {
        await using var s = await AccessStore.CreateAsync();
        await s.Store.SetDatasetRestrictedAsync(AccessStore.RestrictableDataset, true, Ct);
        await using var host = await WebTestHost.StartAsync(s.Store);
        static async Task<(string? Latest, long Observations)> ReadAsync(WebTestHost h, string? token)
        {
            using var indicators = JsonDocument.Parse(await (await h.GetAsync("/api/indicators", token)).Content.ReadAsStringAsync(Ct));
            var lit = indicators.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "LIT");
            using var health = JsonDocument.Parse(await (await h.GetAsync("/health", token)).Content.ReadAsStringAsync(Ct));
            return (lit.GetProperty("latestPeriod").GetString(), health.RootElement.GetProperty("counts").GetProperty("observations").GetInt64());
        }
        Assert.Equal(("2024-Q2", 7L), await ReadAsync(host, null));
        Assert.Equal(("2025", 8L), await ReadAsync(host, s.Viewer));
    }

    [Theory]
    [InlineData("""{"restricted": "yes"}""", "application/json", HttpStatusCode.BadRequest, "field 'restricted'")]
    [InlineData("""{"restricted": true, "why": 1}""", "application/json", HttpStatusCode.BadRequest, "unknown field 'why'")]
    [InlineData("""[true]""", "application/json", HttpStatusCode.BadRequest, "JSON object")]
    [InlineData("""{"restricted": tru""", "application/json", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("""restricted=true""", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "'Content-Type'")]
    public async Task PutAccess_BadBody_ProblemNamingTheField(string body, string type, HttpStatusCode status, string detail)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        var response = await host.SendAsync(HttpMethod.Put, "/api/datasets/4/access", s.Admin, content);
        await Problems.AssertAsync(response, status, detail);
        Assert.Equal(AuditEntry.Invalid, Assert.Single(await s.Store.GetAuditAsync(10, Ct)).Outcome);
    }

    [Theory]
    [InlineData("/api/datasets/99/access", """{"restricted": true}""", HttpStatusCode.NotFound, "unknown dataset 99")]
    [InlineData("/api/datasets/x/access", """{"restricted": true}""", HttpStatusCode.BadRequest, "'id'")]
    [InlineData("/api/datasets/5/access", """{"restricted": false}""", HttpStatusCode.Conflict, "survey microdata")]
    public async Task PutAccess_BadTarget_ProblemAndAudited(string url, string body, HttpStatusCode status, string detail)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var response = await host.SendAsync(HttpMethod.Put, url, s.Admin, Body(body));
        await Problems.AssertAsync(response, status, detail);
        Assert.Equal((int)status, Assert.Single(await s.Store.GetAuditAsync(10, Ct)).Status);
    }

    [Fact]
    public async Task PutAccess_BodyOverTheLimit_413BeforeTheEndpoint()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var big = "{\"restricted\": true, \"pad\": \"" + new string('x', 2000) + "\"}";
        var response = await host.SendAsync(HttpMethod.Put, "/api/datasets/4/access", s.Admin, Body(big));
        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "1024 bytes");
        Assert.False((await s.Store.GetDatasetsAsync(Ct)).Single(d => d.Id == 4).Restricted);
        Assert.Equal(413, Assert.Single(await s.Store.GetAuditAsync(10, Ct)).Status);
    }

    [Theory]
    [InlineData("Basic YWRtaW46YWRtaW4=", "must be 'Bearer <token>'")]
    [InlineData("Bearer", "must be 'Bearer <token>'")]
    [InlineData("Bearer hso_!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "malformed")]
    public async Task Read_BadAuthorizationHeader_401EvenWhereAnonymousMayRead(string header, string detail)
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store);
        var response = await host.GetAsync("/api/areas", configure: r => r.Headers.TryAddWithoutValidation("Authorization", header));
        await Problems.AssertAsync(response, HttpStatusCode.Unauthorized, detail);
    }

    [Fact]
    public async Task Read_AnonymousReadOff_401WithoutTokenOkWithAnyRoleHealthStaysOpen()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store, new WebOptions { Port = 0, AnonymousRead = false });
        foreach (var url in new[] { "/api/areas", "/api/runs/1", "/api/observations", "/api/programmes", "/" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(url, s.Viewer)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/api/areas", s.Revoked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public void AnonymousRead_Default_OnLoopbackOnlyUnlessSaid()
    {
        Assert.True(new WebOptions().AllowsAnonymousRead);
        Assert.False(new WebOptions { ListenAddress = System.Net.IPAddress.Any }.AllowsAnonymousRead);
        Assert.True(new WebOptions { ListenAddress = System.Net.IPAddress.Any, AnonymousRead = true }.AllowsAnonymousRead);
        Assert.False(new WebOptions { AnonymousRead = false }.AllowsAnonymousRead);
    }

    [Fact]
    public async Task Write_StoreWithoutAuditLog_503AndNothingRuns()
    {
        var store = new FakeStore();
        await using var host = await WebTestHost.StartAsync(store);
        var response = await host.SendAsync(HttpMethod.Put, "/api/datasets/1/access", null, Body("""{"restricted": true}"""));
        await Problems.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "no audit log");
    }

    [Fact]
    public async Task TokenRevokedWhileServing_RefusedOnTheNextRequest()
    {
        await using var s = await AccessStore.CreateAsync();
        await using var host = await WebTestHost.StartAsync(s.Store, new WebOptions { Port = 0, AnonymousRead = false });
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/api/areas", s.Analyst)).StatusCode);
        await s.Store.RevokeTokenAsync(2, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/api/areas", s.Analyst)).StatusCode);
    }
}
