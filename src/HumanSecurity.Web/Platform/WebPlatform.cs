using HumanSecurity.Storage;
using HumanSecurity.Web.Api;
using HumanSecurity.Web.Security;

namespace HumanSecurity.Web.Platform;

/// <summary>The cross-cutting parts of the web app, composed in one order. Per request: security headers, the
/// <c>Host</c> check, <c>HEAD</c> as <c>GET</c>, query length limits, routing, authentication, the audit hook of writes,
/// refusal of failed tokens, body size limits, unknown query parameters, authorization, then cached reads.</summary>
public static class WebPlatform
{
    /// <summary>Registers the store (as given, as the public sees it, and as each caller may see it), access control and the read cache.</summary>
    public static IServiceCollection AddWebPlatform(this IServiceCollection services, WebOptions options, IStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(StoreServices.Of(store));
        // Anything that takes an IStore (the dashboard's singleton read models) sees public data only: a cache shared by
        // every caller must never hold restricted rows. Caller-aware endpoints take a CallerStoreView instead.
        services.AddSingleton<IStore>(new CallerStoreView(store, canReadRestricted: false));
        services.AddSingleton(options);
        services.AddSingleton(new ReadCacheStore(options.ReadCacheBytes));
        services.AddAccessControl(options);
        return services;
    }

    /// <summary>The middleware; endpoints are mapped after it.</summary>
    public static WebApplication UseWebPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<WebOptions>();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAllowedHosts(options.HostNames);
        app.UseHeadRequests();
        app.UseQueryLimits();
        app.UseRouting();
        app.UseAccessControl();
        app.UseReadCache();
        return app;
    }
}
