using System.Globalization;
using System.Security.Claims;
using HumanSecurity.Access;

namespace HumanSecurity.Web.Security;

/// <summary>Who sent a request: a token (id, name, role) or nobody (anonymous).</summary>
public sealed record Caller(long? TokenId, string? Name, Role? Role)
{
    /// <summary>Claim holding the caller's own role code (the <see cref="ClaimTypes.Role"/> claims also hold the roles
    /// it includes, so <c>RequireRole("viewer")</c> admits an admin).</summary>
    public const string RoleClaim = "hso:role";

    public static Caller Anonymous { get; } = new(null, null, null);

    /// <summary>How audit entries name the caller: <c>token:3 (ci)</c> or <c>anonymous</c>.</summary>
    public string Actor => TokenId is { } id ? $"token:{id.ToString(CultureInfo.InvariantCulture)} ({Name})" : "anonymous";

    /// <summary>Any role may read restricted datasets; anonymous callers read public data only.</summary>
    public bool CanReadRestricted => Role is not null;

    public static Caller Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !Roles.TryParse(user.FindFirstValue(RoleClaim), out var role)) return Anonymous;
        var id = long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return new Caller(id, user.Identity.Name, role);
    }

    /// <summary>The principal of a token holder.</summary>
    public static ClaimsPrincipal PrincipalOf(ApiToken token, string scheme)
    {
        ArgumentNullException.ThrowIfNull(token);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, token.Name),
            new(RoleClaim, token.Role.ToCode()),
        };
        claims.AddRange(Enum.GetValues<Role>().Where(r => token.Role.Includes(r)).Select(r => new Claim(ClaimTypes.Role, r.ToCode())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
