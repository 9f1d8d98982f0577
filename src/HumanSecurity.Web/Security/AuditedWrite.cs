namespace HumanSecurity.Web.Security;

/// <summary>Endpoint metadata: the endpoint writes, and its calls are audited under <paramref name="Action"/> (set by
/// <see cref="AccessControl.Audited{TBuilder}"/>).</summary>
public sealed record AuditedWrite(string Action);
