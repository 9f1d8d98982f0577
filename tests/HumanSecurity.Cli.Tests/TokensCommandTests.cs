using System.Text.Json;
using HumanSecurity.Access;
using HumanSecurity.DuckDb;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests;

[Collection(nameof(ConsoleCollection))]
public sealed class TokensCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_PrintsTheTokenOnceAndStoresOnlyItsHash()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).Exit);
        var (exit, stdout, stderr) = await CliHarness.RunAsync("tokens", "create", "--role", "analyst", "--name", "ci-bot", "--db", Db);
        Assert.Equal(0, exit);
        var token = stdout.Trim();
        Assert.True(ApiTokenSecret.IsWellFormed(token), token);
        Assert.Contains("created token 1 (ci-bot, analyst)", stderr, StringComparison.Ordinal);
        Assert.Contains("shown only this once", stderr, StringComparison.Ordinal);
        var list = await CliHarness.RunAsync("tokens", "list", "--db", Db);
        Assert.Contains("ci-bot", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list.Out, StringComparison.Ordinal);
        Assert.Contains("1 active token(s), 0 revoked", list.Out, StringComparison.Ordinal);
        await using var store = DuckDbStore.Open(Db);
        var stored = Assert.Single(await store.GetTokensAsync(Ct));
        Assert.Equal((ApiTokenSecret.HashHex(token), Role.Analyst), (stored.Sha256, stored.Role));
        Assert.DoesNotContain(token, await File.ReadAllTextAsync(Db, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_MarksItAuditsBothChangesAndSecondRevokeIsANoOp()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("tokens", "create", "--role", "admin", "--name", "boss", "--db", Db)).Exit);
        var revoke = await CliHarness.RunAsync("tokens", "revoke", "1", "--db", Db);
        Assert.Equal((0, "revoked token 1 (boss, admin)"), (revoke.Exit, revoke.Out.Trim()));
        var again = await CliHarness.RunAsync("tokens", "revoke", "1", "--db", Db);
        Assert.Equal(0, again.Exit);
        Assert.Contains("was already revoked", again.Out, StringComparison.Ordinal);
        var json = await CliHarness.RunAsync("tokens", "list", "--json", "--db", Db);
        using (var doc = JsonDocument.Parse(json.Out))
            Assert.False(doc.RootElement[0].GetProperty("Active").GetBoolean());
        var audit = await CliHarness.RunAsync("audit", "--json", "--db", Db);
        using var log = JsonDocument.Parse(audit.Out);
        Assert.Equal(["token.revoke", "token.create"], log.RootElement.EnumerateArray().Select(e => e.GetProperty("Action").GetString()));
        Assert.All(log.RootElement.EnumerateArray(), e => Assert.Equal("cli:" + Environment.UserName, e.GetProperty("Actor").GetString()));
        var table = await CliHarness.RunAsync("audit", "--db", Db);
        Assert.Contains("2 entries, newest first", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "tokens", "create", "--role", "root", "--name", "x" }, 2, "--role must be viewer, analyst or admin")]
    [InlineData(new[] { "tokens", "create", "--role", "viewer" }, 2, "--name")]
    [InlineData(new[] { "tokens", "create", "--role", "viewer", "--name", " " }, 2, "--name must be 1 to 100")]
    [InlineData(new[] { "tokens", "revoke", "7" }, 1, "no token has id 7")]
    [InlineData(new[] { "audit", "--limit", "0" }, 2, "--limit must be from 1")]
    [InlineData(new[] { "serve", "--host", "0.0.0.0", "--port", "0" }, 1, "needs at least one active API token")]
    [InlineData(new[] { "serve", "--host", "example.org" }, 2, "--host must be an IP address")]
    public async Task BadUse_ExitCodeAndMessage(string[] args, int exit, string message)
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).Exit);
        var r = await CliHarness.RunAsync([.. args, "--db", Db]);
        Assert.True(r.Exit == exit, $"exit {r.Exit}: {r.Err}");
        Assert.Contains(message, r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeBeyondLoopback_OnlyRevokedTokens_StillRefused()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("tokens", "create", "--role", "admin", "--name", "a", "--db", Db)).Exit);
        Assert.Equal(0, (await CliHarness.RunAsync("tokens", "revoke", "1", "--db", Db)).Exit);
        var r = await CliHarness.RunAsync("serve", "--host", "::", "--port", "0", "--db", Db);
        Assert.Equal(1, r.Exit);
        Assert.Contains("listening on :: (beyond loopback) needs at least one active API token", r.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
