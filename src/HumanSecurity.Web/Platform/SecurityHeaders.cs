namespace HumanSecurity.Web.Platform;

/// <summary>Adds the browser-hardening headers to every response, errors included.</summary>
/// <remarks>The content security policy allows scripts, styles, fonts, images and fetches from the app itself only
/// (front-end libraries are installed by the build and served by the app; nothing comes from a CDN). Inline scripts are
/// refused. Inline styles are allowed: chart libraries (Observable Plot writes a <c>&lt;style&gt;</c> into its SVG) and
/// server-rendered legends set them, and styles cannot run code. Framing is refused twice (<c>frame-ancestors</c> and
/// <c>X-Frame-Options</c>) for older browsers.</remarks>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Every header and its value.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Referrer-Policy", "no-referrer"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("Cross-Origin-Resource-Policy", "same-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            foreach (var (name, value) in All) headers[name] = value;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
