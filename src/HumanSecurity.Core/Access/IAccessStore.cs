using HumanSecurity.Storage;

namespace HumanSecurity.Access;

/// <summary>What a store keeps for access control: API tokens (hashed), the audit log of writes and which datasets are
/// restricted. A backend implements it beside <see cref="IStore"/>; without it a server serves public reads only.</summary>
public interface IAccessStore
{
    /// <summary>Changes whenever a token is created or revoked, so token lists can be cached under it.</summary>
    long AccessVersion { get; }

    /// <summary>Saves a new token (its hash only) and returns it with its id.</summary>
    Task<ApiToken> CreateTokenAsync(string name, Role role, string sha256Hex, string createdBy, CancellationToken cancellationToken = default);

    /// <summary>Every token, active and revoked, by id.</summary>
    Task<IReadOnlyList<ApiToken>> GetTokensAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a token (kept, marked revoked); returns it, or null when no token has this id. Revoking twice keeps
    /// the first time.</summary>
    Task<ApiToken?> RevokeTokenAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Appends an entry to the audit log and returns its id.</summary>
    Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Sets the outcome of an entry appended as <see cref="AuditEntry.Pending"/>.</summary>
    Task CompleteAuditAsync(long id, string outcome, int? status, string? detail, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> audit entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks a dataset restricted or public; returns it as stored, or null when no dataset has this id. Survey
    /// datasets stay restricted whatever the mark.</summary>
    Task<Dataset?> SetDatasetRestrictedAsync(long datasetId, bool restricted, CancellationToken cancellationToken = default);
}
