using System.Data.Common;
using HumanSecurity.Access;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

/// <summary>Access control (migration 5): tokens kept as hashes, the audit log, dataset access marks.</summary>
public sealed partial class DuckDbStore : IAccessStore
{
    private const string TokenColumns = "id, name, role, sha256, created_at, created_by, revoked_at";

    public Task<ApiToken> CreateTokenAsync(string name, Role role, string sha256Hex, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256Hex);
        ArgumentNullException.ThrowIfNull(createdBy);
        return WithGateAsync(() =>
        {
            var id = Sql.Long(_connection, "SELECT coalesce(max(id), 0) + 1 FROM api_tokens");
            var token = new ApiToken(id, name, role, sha256Hex, TruncatedNow()) { CreatedBy = createdBy };
            using (var insert = Sql.Command(_connection, "INSERT INTO api_tokens VALUES (?, ?, ?, ?, ?, ?, NULL)",
                       id, name, role.ToCode(), sha256Hex, token.CreatedAt.UtcDateTime, createdBy))
                insert.ExecuteNonQuery();
            MarkAccessChanged();
            return token;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ApiToken>> GetTokensAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<ApiToken>>(() => ReadAll($"SELECT {TokenColumns} FROM api_tokens ORDER BY id", ReadToken), cancellationToken);

    public Task<ApiToken?> RevokeTokenAsync(long id, CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            using (var update = Sql.Command(_connection, "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                       TruncatedNow().UtcDateTime, id))
            {
                if (update.ExecuteNonQuery() > 0) MarkAccessChanged();
            }
            return ReadAll($"SELECT {TokenColumns} FROM api_tokens WHERE id = ?", ReadToken, id).SingleOrDefault();
        }, cancellationToken);

    private static ApiToken ReadToken(DbDataReader r)
    {
        if (!Roles.TryParse(r.GetString(2), out var role))
            throw new InvalidDataException($"api_tokens row {r.GetInt64(0)} has an unknown role '{r.GetString(2)}'; expected {Roles.ExpectedForms}");
        return new ApiToken(r.GetInt64(0), r.GetString(1), role, r.GetString(3), Utc(r.GetDateTime(4)))
        {
            CreatedBy = Sql.NullableString(r, 5), RevokedAt = r.IsDBNull(6) ? null : Utc(r.GetDateTime(6)),
        };
    }

    public Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WithGateAsync(() =>
        {
            var id = Sql.Long(_connection, "SELECT coalesce(max(id), 0) + 1 FROM audit_log");
            using var insert = Sql.Command(_connection, "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, entry.At.UtcDateTime, entry.Actor, entry.Role?.ToCode(), entry.Action, entry.Target, entry.Outcome, entry.Status,
                entry.Remote, entry.Detail);
            insert.ExecuteNonQuery();
            return id;
        }, cancellationToken);
    }

    public Task CompleteAuditAsync(long id, string outcome, int? status, string? detail, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        return WithGateAsync(() =>
        {
            using var update = Sql.Command(_connection, "UPDATE audit_log SET outcome = ?, status = ?, detail = coalesce(?, detail) WHERE id = ?",
                outcome, status, detail, id);
            if (update.ExecuteNonQuery() != 1) throw new InvalidOperationException($"audit entry {id} does not exist");
        }, cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return WithGateAsync<IReadOnlyList<AuditEntry>>(() => ReadAll(
            "SELECT id, happened_at, actor, role, action, target, outcome, status, remote, detail FROM audit_log ORDER BY id DESC LIMIT ?",
            r => new AuditEntry(r.GetInt64(0), Utc(r.GetDateTime(1)), r.GetString(2), r.GetString(4), r.GetString(5), r.GetString(6))
            {
                Role = Roles.TryParse(Sql.NullableString(r, 3), out var role) ? role : null,
                Status = r.IsDBNull(7) ? null : r.GetInt32(7), Remote = Sql.NullableString(r, 8), Detail = Sql.NullableString(r, 9),
            }, limit), cancellationToken);
    }

    public Task<Dataset?> SetDatasetRestrictedAsync(long datasetId, bool restricted, CancellationToken cancellationToken = default) =>
        WithGateAsync(() =>
        {
            if (Sql.Long(_connection, "SELECT count(*) FROM datasets WHERE id = ?", datasetId) == 0) return null;
            using (var upsert = Sql.Command(_connection, "INSERT OR REPLACE INTO dataset_access VALUES (?, ?, ?)",
                       datasetId, restricted, DateTime.UtcNow))
                upsert.ExecuteNonQuery();
            MarkDataChanged();
            return ReadAll(DatasetsSql + " WHERE d.id = ?", ReadDataset, datasetId).Single();
        }, cancellationToken);

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    /// <summary>Now to the microsecond, as DuckDB's TIMESTAMP keeps it, so a returned record equals the stored one.</summary>
    private static DateTimeOffset TruncatedNow()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % 10));
    }
}
