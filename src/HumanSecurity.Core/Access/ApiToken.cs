namespace HumanSecurity.Access;

/// <summary>An API token as the store keeps it: never the token itself, only its SHA-256 (<see cref="ApiTokenSecret"/>).</summary>
/// <param name="Id">Store-assigned id, 1, 2, ... in creation order.</param>
/// <param name="Name">Who or what holds it, e.g. <c>dashboard-ci</c>.</param>
/// <param name="Role">What it may do.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the token text.</param>
/// <param name="CreatedAt">UTC time created.</param>
public sealed record ApiToken(long Id, string Name, Role Role, string Sha256, DateTimeOffset CreatedAt)
{
    /// <summary>UTC time revoked; null while the token is active.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Who created it (e.g. <c>cli:alice</c>).</summary>
    public string? CreatedBy { get; init; }

    public bool IsActive => RevokedAt is null;
}
