using HumanSecurity.DuckDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>A class fixture: the <see cref="DemoStore"/> (runs 1 and 2, no panel) and the web app over it on a test server.</summary>
public sealed class DemoDuckDbApp : IAsyncLifetime
{
    private WebApplication? _app;

    public DuckDbStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The admin-1 area whose poverty cells are suppressed.</summary>
    public string SuppressedArea { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        (Store, SuppressedArea) = await DemoStore.CreateAsync(panelYears: 0, ct);
        var builder = ObservatoryWebApp.CreateBuilder(new WebOptions { Port = 0, StoreLabel = "test", ModelsDirectory = DemoStore.ModelsDirectory }, Store);
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
}
