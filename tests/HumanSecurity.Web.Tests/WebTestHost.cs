using System.Net.Http.Headers;
using HumanSecurity.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace HumanSecurity.Web.Tests;

/// <summary>The web app over a store on a test server, with a client; disposing stops the app (not the store).</summary>
internal sealed class WebTestHost : IAsyncDisposable
{
    private WebTestHost(WebApplication app) => (App, Client) = (app, app.GetTestClient());

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<WebTestHost> StartAsync(IStore store, WebOptions? options = null)
    {
        var builder = ObservatoryWebApp.CreateBuilder(options ?? new WebOptions { Port = 0, StoreLabel = "test" }, store);
        builder.WebHost.UseTestServer();
        var app = ObservatoryWebApp.Build(builder);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new WebTestHost(app);
    }

    /// <summary>Sends a request, with <c>Authorization: Bearer</c> when a token is given.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token = null, HttpContent? content = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        configure?.Invoke(request);
        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string url, string? token = null, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(HttpMethod.Get, url, token, null, configure);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
