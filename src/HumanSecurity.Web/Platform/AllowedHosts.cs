namespace HumanSecurity.Web.Platform;

/// <summary>Refuses a request whose <c>Host</c> header names no host this server answers (400 ProblemDetails), before
/// anything else runs. A DNS-rebinding page in a victim's browser sends its own host name, so it can never read the
/// API even though the browser reaches 127.0.0.1.</summary>
public static class AllowedHosts
{
    private const int MaxEchoed = 100;

    public static IApplicationBuilder UseAllowedHosts(this IApplicationBuilder app, IReadOnlyList<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var allowed = new HashSet<string>(hosts.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        var list = string.Join(", ", hosts);
        return app.Use(async (context, next) =>
        {
            var host = context.Request.Host;
            if (host.HasValue && allowed.Contains(Normalise(host.Host)))
            {
                await next(context);
                return;
            }
            var shown = host.HasValue ? host.Value.Length > MaxEchoed ? host.Value[..MaxEchoed] + "…" : host.Value : "";
            await ApiProblems.BadRequest($"header 'Host' ('{shown}') names no host this server answers; expected one of {list} " +
                "(hso serve --allowed-host NAME adds one)").ExecuteAsync(context);
        });
    }

    /// <summary>Lower-case, without a trailing dot (<c>localhost.</c> is <c>localhost</c>).</summary>
    private static string Normalise(string host) => host.TrimEnd('.').ToLowerInvariant();
}
