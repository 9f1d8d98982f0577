using HumanSecurity.Storage;
using HumanSecurity.Web.Api.Dashboard;
using HumanSecurity.Web.Assets;
using HumanSecurity.Web.Pages;
using HumanSecurity.Web.Platform;
using HumanSecurity.Web.Reference;

namespace HumanSecurity.Web;

/// <summary>Builds the observatory web application: the dashboard pages (map, area profiles, compare, data), <c>/health</c>,
/// the JSON API and its reference page over an injected <see cref="IStore"/>, on 127.0.0.1 unless told otherwise; errors
/// are ProblemDetails (exceptions through <see cref="ApiExceptionHandler"/>). The platform (<see cref="WebPlatform"/>) adds
/// host checks, security headers, tokens, audit, limits and caching.</summary>
public static class ObservatoryWebApp
{
    /// <summary>A builder with the store and options registered and Kestrel bound to <see cref="WebOptions.ListenAddress"/>.
    /// Tests may swap the server (e.g. <c>builder.WebHost.UseTestServer()</c>) before calling <see cref="Build(WebApplicationBuilder)"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(WebOptions options, IStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ObservatoryWebApp).Assembly.GetName().Name });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(options.ListenAddress, options.Port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = RequestBodyLimits.MaxBytes;
        });
        builder.Logging.ClearProviders();
        builder.Services.AddWebPlatform(options, store);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddDashboard();
        builder.Services.AddApiReference();
        return builder;
    }

    /// <summary>Builds the app from <see cref="CreateBuilder"/> and maps every endpoint.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseWebPlatform();
        app.MapOpenApi().AllowAnonymous();
        app.MapAssetFiles();
        app.MapApiReference();
        app.MapGroup("").RejectUnknownQuery().WithReadCache().MapDashboardPages();
        app.MapObservatoryApi();
        return app;
    }

    /// <summary>Shortcut: <see cref="CreateBuilder"/> then <see cref="Build(WebApplicationBuilder)"/>.</summary>
    public static WebApplication Build(WebOptions options, IStore store) => Build(CreateBuilder(options, store));
}
