using System.Net;
using HumanSecurity.Storage;
using HumanSecurity.Web.Api;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.Assets;
using HumanSecurity.Web.Pages;

namespace HumanSecurity.Web;

/// <summary>Builds the observatory web application: the dashboard pages (map, area profiles, compare, data), <c>/health</c> and JSON
/// endpoints over an injected <see cref="IStore"/>, bound to 127.0.0.1 only; errors are ProblemDetails (exceptions through
/// <see cref="ApiExceptionHandler"/>).</summary>
public static class ObservatoryWebApp
{
    /// <summary>A builder with the store and options registered and Kestrel bound to loopback. Tests may swap the
    /// server (e.g. <c>builder.WebHost.UseTestServer()</c>) before calling <see cref="Build(WebApplicationBuilder)"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(WebOptions options, IStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ObservatoryWebApp).Assembly.GetName().Name });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddDashboard();
        return builder;
    }

    /// <summary>Builds the app from <see cref="CreateBuilder"/> and maps every endpoint.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseQueryLimits();
        app.MapOpenApi();
        app.MapAssetFiles();
        app.MapDashboardPages();
        app.MapObservatoryApi();
        return app;
    }

    /// <summary>Shortcut: <see cref="CreateBuilder"/> then <see cref="Build(WebApplicationBuilder)"/>.</summary>
    public static WebApplication Build(WebOptions options, IStore store) => Build(CreateBuilder(options, store));
}
