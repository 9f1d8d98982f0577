using HumanSecurity.Access;
using HumanSecurity.Storage;
using HumanSecurity.Web.Platform;
using Microsoft.AspNetCore.Authentication;

namespace HumanSecurity.Web.Security;

/// <summary>Tokens, roles and audit for every endpoint. Reads: anonymous callers see public data when
/// <see cref="WebOptions.AllowsAnonymousRead"/> (else every endpoint without its own rule needs a token); an endpoint that
/// takes a <see cref="CallerStoreView"/> reads the store as its caller may (restricted datasets hidden from callers
/// without a role), one that takes an <see cref="IStore"/> reads it as the public does.
/// Writes: <c>.RequireRole(Role.Analyst).Audited("alert.ack")</c> on the endpoint.</summary>
public static class AccessControl
{
    public static IServiceCollection AddAccessControl(this IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddHttpContextAccessor();
        services.AddSingleton<TokenRegistry>();
        services.AddAuthentication(TokenAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        services.AddAuthorization(o =>
        {
            foreach (var role in Enum.GetValues<Role>())
                o.AddPolicy(PolicyOf(role), p => p.AddAuthenticationSchemes(TokenAuthentication.SchemeName).RequireAuthenticatedUser().RequireRole(role.ToCode()));
            if (!options.AllowsAnonymousRead) o.FallbackPolicy = o.GetPolicy(PolicyOf(Role.Viewer));
        });
        services.AddScoped(sp =>
        {
            var store = sp.GetRequiredService<StoreServices>().Store;
            var user = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User;
            // Never the store itself: the request scope disposes what a factory returns. Outside a request: public.
            return new CallerStoreView(store, user is not null && Caller.Of(user).CanReadRestricted);
        });
        return services;
    }

    /// <summary>Authentication, the audit hook (<see cref="Audit"/>), 401 for a presented token that failed (on every
    /// endpoint, so a bad token never reads as anonymous), request body limits, the unknown-query-parameter check, then
    /// authorization. Runs after routing.</summary>
    public static IApplicationBuilder UseAccessControl(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAudit();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count > 0 && (await context.AuthenticateAsync(TokenAuthentication.SchemeName)).Failure is not null)
            {
                await context.ChallengeAsync(TokenAuthentication.SchemeName);
                return;
            }
            await next(context);
        });
        app.UseRequestBodyLimits();
        app.UseQueryParameterCheck();
        return app.UseAuthorization();
    }

    /// <summary>The endpoint (or every endpoint of a group) needs a token of <paramref name="role"/> or a higher role.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RequireAuthorization(PolicyOf(role));
        builder.Add(b => b.Metadata.Add(new RequiredRole(role)));
        return builder;
    }

    /// <summary>Every call of the endpoint is written to the store's audit log as <paramref name="action"/>: who, what,
    /// when, and the outcome, refused calls included (see <see cref="Audit"/>).</summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        builder.Add(b => b.Metadata.Add(new AuditedWrite(action)));
        return builder;
    }

    /// <summary>The authorization policy of a role: <c>role:viewer</c>, <c>role:analyst</c>, <c>role:admin</c>.</summary>
    public static string PolicyOf(Role role) => "role:" + role.ToCode();
}
