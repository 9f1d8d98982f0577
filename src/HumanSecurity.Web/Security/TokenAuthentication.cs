using System.Text.Encodings.Web;
using HumanSecurity.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HumanSecurity.Web.Security;

/// <summary>The <c>Bearer</c> scheme: <c>Authorization: Bearer hso_…</c> checked against the store's hashed tokens
/// (<see cref="TokenRegistry"/>). No header: anonymous. A header that is malformed, or names an unknown or revoked
/// token, fails, and <see cref="AccessControl.UseAccessControl"/> answers 401 on every endpoint (a bad token never falls back
/// to anonymous). Challenges and refusals are ProblemDetails.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TokenRegistry registry) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization;
        if (header.Count == 0) return AuthenticateResult.NoResult();
        var text = header.Count == 1 ? header[0] ?? "" : "";
        if (!text.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("header 'Authorization' must be 'Bearer <token>' (one header, one token)");
        var (verdict, token) = await registry.CheckAsync(text[(SchemeName.Length + 1)..].Trim(), Context.RequestAborted);
        return verdict switch
        {
            TokenRegistry.Verdict.Valid => AuthenticateResult.Success(new AuthenticationTicket(Caller.PrincipalOf(token!, SchemeName), SchemeName)),
            TokenRegistry.Verdict.Malformed => AuthenticateResult.Fail(
                $"header 'Authorization': the token is malformed; expected '{ApiTokenSecret.Prefix}' and {ApiTokenSecret.Length - ApiTokenSecret.Prefix.Length} base64url characters"),
            TokenRegistry.Verdict.Revoked => AuthenticateResult.Fail($"header 'Authorization': token {token!.Id} ({token.Name}) was revoked"),
            _ => AuthenticateResult.Fail("header 'Authorization': unknown token"),
        };
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var detail = result.Failure?.Message ?? "this needs an API token: send 'Authorization: Bearer <token>' (hso tokens create)";
        await TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var caller = Caller.Of(Context.User);
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredRole>()?.Role;
        var detail = needed is { } role
            ? $"this needs the role '{role.ToCode()}' or higher; {caller.Actor} has '{caller.Role?.ToCode()}'"
            : $"{caller.Actor} may not do this";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context);
    }
}
