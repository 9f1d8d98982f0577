using HumanSecurity.Access;

namespace HumanSecurity.Web.Security;

/// <summary>Endpoint metadata: the role an endpoint needs (set by <see cref="AccessControl.RequireRole{TBuilder}"/>).</summary>
public sealed record RequiredRole(Role Role);
