using HumanSecurity.Access;
using HumanSecurity.Web.Platform;

namespace HumanSecurity.Web.Security;

/// <summary>The audit hook of write endpoints (<see cref="AuditedWrite"/>): before authorization and the endpoint run, an
/// entry (who, action, method and path, when, client address) is appended as <c>pending</c>; after, it is completed with
/// the HTTP status and outcome (ok, denied, invalid, error). When the entry cannot be appended the write is refused
/// with 503, so no write happens unaudited; an entry left <c>pending</c> marks a write whose end was not recorded.</summary>
public static class Audit
{
    public static IApplicationBuilder UseAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var audited = context.GetEndpoint()?.Metadata.GetMetadata<AuditedWrite>();
        if (audited is null)
        {
            await next(context);
            return;
        }
        var access = context.RequestServices.GetRequiredService<StoreServices>().Access;
        if (access is null)
        {
            await Unavailable("this store keeps no audit log, so it takes no writes").ExecuteAsync(context);
            return;
        }
        var caller = Caller.Of(context.User);
        var entry = new AuditEntry(0, DateTimeOffset.UtcNow, caller.Actor, audited.Action, $"{context.Request.Method} {context.Request.Path.ToUriComponent()}", AuditEntry.Pending)
        {
            Role = caller.Role, Remote = context.Connection.RemoteIpAddress?.ToString(),
        };
        long id;
        try
        {
            id = await access.AppendAuditAsync(entry, context.RequestAborted);
        }
        catch (Exception e) when (e is HumanSecurity.Storage.StoreUnavailableException or InvalidOperationException)
        {
            await Unavailable($"the audit log cannot be written ({e.Message}); nothing was changed").ExecuteAsync(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch
        {
            await access.CompleteAuditAsync(id, AuditEntry.Error, StatusCodes.Status500InternalServerError, "unhandled error", CancellationToken.None);
            throw;
        }
        var status = context.Response.StatusCode;
        await access.CompleteAuditAsync(id, AuditEntry.OutcomeOf(status), status, context.Items[DetailKey] as string, CancellationToken.None);
    });

    /// <summary>Key of <see cref="HttpContext.Items"/> under which a write endpoint may leave a few words on what it
    /// changed (e.g. <c>restricted</c>); they go into the audit entry.</summary>
    public const string DetailKey = "hso.audit.detail";

    private static IResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable");
}
