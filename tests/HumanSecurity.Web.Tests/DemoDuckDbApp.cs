using HumanSecurity.Access;
using HumanSecurity.DuckDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>A class fixture: the <see cref="DemoStore"/> (runs 1 and 2, no panel), a token per role
/// (<see cref="Tokens"/>), and the web app over it on a test server.</summary>
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
        (Store, SuppressedArea) = await DemoStore.CreateAsync(panelYears: 0, ct);
        Tokens = await CreateTokensAsync(ct);
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0, StoreLabel = "test", ModelsDirectory = DemoStore.ModelsDirectory }, Store);
        builder.WebHost.UseTestServer();
        _app = ObservatoryWebApp.Build(builder);
        await _app.StartAsync(ct);
        Client = _app.GetTestClient();
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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        await Store.DisposeAsync();
    }
}
