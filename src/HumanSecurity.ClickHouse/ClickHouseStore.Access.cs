using HumanSecurity.Access;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.ClickHouse.Schema;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

/// <summary>Access control as in the DuckDB store (tokens kept as hashes, the audit log, dataset access marks), without
/// updates: a revocation, an audit outcome and an access mark are rows of their own, and reads take the first
/// revocation, the latest outcome and the latest mark. Token and audit ids are claimed like dataset ids.</summary>
public sealed partial class ClickHouseStore : IAccessStore
{
    private const string TokensSql = """
        SELECT id, name, role, sha256, created_at, created_by, revoked FROM api_tokens
        ANY LEFT JOIN (SELECT id, min(revoked_at) AS revoked FROM token_revocations GROUP BY id) USING id
        """;

    /// <summary>Each dataset's latest access mark.</summary>
    internal const string AccessMarks = "(SELECT dataset_id, argMax(restricted, changed_at) AS restricted FROM dataset_access GROUP BY dataset_id)";

    public async Task<ApiToken> CreateTokenAsync(string name, Role role, string sha256Hex, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256Hex);
        ArgumentNullException.ThrowIfNull(createdBy);
        var id = await IdClaims.ClaimAsync(Home, "token", "api_tokens", cancellationToken).ConfigureAwait(false);
        var token = new ApiToken(id, name, role, sha256Hex, Times.FromMicros(Times.ToMicros(DateTimeOffset.UtcNow))) { CreatedBy = createdBy };
        await InsertTokenAsync(token, cancellationToken).ConfigureAwait(false);
        await MarkChangedAsync(access: true).ConfigureAwait(false);
        return token;
    }

    private Task InsertTokenAsync(ApiToken token, CancellationToken ct)
    {
        var w = new RowBinaryWriter();
        w.UInt64((ulong)token.Id);
        w.String(token.Name);
        w.String(token.Role.ToCode());
        w.String(token.Sha256);
        w.Int64(Times.ToMicros(token.CreatedAt));
        w.NullableString(token.CreatedBy);
        return Home.InsertAsync("api_tokens", "id, name, role, sha256, created_at, created_by", w, ct);
    }

    private Task InsertRevocationAsync(long id, DateTimeOffset at, CancellationToken ct)
    {
        var w = new RowBinaryWriter();
        w.UInt64((ulong)id);
        w.Int64(Times.ToMicros(at));
        return Home.InsertAsync("token_revocations", "id, revoked_at", w, ct);
    }

    public async Task<IReadOnlyList<ApiToken>> GetTokensAsync(CancellationToken cancellationToken = default) =>
        (await Home.QueryAsync(TokensSql + " ORDER BY id", cancellationToken).ConfigureAwait(false)).Select(ReadToken).ToList();

    public async Task<ApiToken?> RevokeTokenAsync(long id, CancellationToken cancellationToken = default)
    {
        var rows = await Home.QueryAsync($"{TokensSql} WHERE id = {id}", cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0) return null;
        var token = ReadToken(rows[0]);
        if (token.RevokedAt is not null) return token;
        await InsertRevocationAsync(id, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        await MarkChangedAsync(access: true).ConfigureAwait(false);
        // Two revocations at once: the first time is kept, as the read takes the earliest.
        return ReadToken((await Home.QueryAsync($"{TokensSql} WHERE id = {id}", cancellationToken).ConfigureAwait(false))[0]);
    }

    private static ApiToken ReadToken(string?[] r)
    {
        if (!Roles.TryParse(r[2], out var role))
            throw new InvalidDataException($"api_tokens row {r[0]} has an unknown role '{r[2]}'; expected {Roles.ExpectedForms}");
        var revoked = TsvReader.Long(r[6]);
        return new ApiToken(TsvReader.Long(r[0]), r[1]!, role, r[3]!, Times.FromMicros(TsvReader.Long(r[4])))
        {
            CreatedBy = r[5], RevokedAt = revoked == 0 ? null : Times.FromMicros(revoked),
        };
    }

    public async Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = await IdClaims.ClaimAsync(Home, "audit", "audit_log", cancellationToken).ConfigureAwait(false);
        await InsertAuditAsync(id, entry, cancellationToken).ConfigureAwait(false);
        return id;
    }

    private Task InsertAuditAsync(long id, AuditEntry entry, CancellationToken ct)
    {
        var w = new RowBinaryWriter();
        w.UInt64((ulong)id);
        w.Int64(Times.ToMicros(entry.At));
        w.String(entry.Actor);
        w.NullableString(entry.Role?.ToCode());
        w.String(entry.Action);
        w.String(entry.Target);
        w.String(entry.Outcome);
        w.NullableInt32(entry.Status);
        w.NullableString(entry.Remote);
        w.NullableString(entry.Detail);
        return Home.InsertAsync("audit_log", "id, happened_at, actor, role, action, target, outcome, status, remote, detail", w, ct);
    }

    public async Task CompleteAuditAsync(long id, string outcome, int? status, string? detail, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        if ((await Home.QueryAsync($"SELECT count() FROM audit_log WHERE id = {id}", cancellationToken).ConfigureAwait(false))[0][0] == "0")
            throw new InvalidOperationException($"audit entry {id} does not exist");
        var w = new RowBinaryWriter();
        w.UInt64((ulong)id);
        w.Int64(Times.ToMicros(DateTimeOffset.UtcNow) * 1000 + Interlocked.Increment(ref _auditSequence) % 1000);
        w.String(outcome);
        w.Int32(status ?? NoStatus);
        w.NullableString(detail);
        await Home.InsertAsync("audit_outcomes", "id, seq, outcome, status, detail", w, cancellationToken).ConfigureAwait(false);
    }

    private long _auditSequence;

    /// <summary>"No status" in <c>audit_outcomes.status</c> (aggregates skip NULLs, so the latest outcome's status could not be NULL).</summary>
    private const int NoStatus = int.MinValue;

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = await Home.QueryAsync($"""
            SELECT id, happened_at, actor, role, action, target, if(done = 1, last_outcome, outcome), if(done = 1, if(last_status = {NoStatus}, NULL, toNullable(last_status)), status), remote,
                if(done = 1 AND isNotNull(last_detail), last_detail, detail)
            FROM audit_log ANY LEFT JOIN (SELECT id, 1 AS done, argMax(outcome, seq) AS last_outcome, argMax(status, seq) AS last_status,
                argMax(detail, seq) AS last_detail FROM audit_outcomes GROUP BY id) USING id
            ORDER BY id DESC LIMIT {limit}
            """, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new AuditEntry(TsvReader.Long(r[0]), Times.FromMicros(TsvReader.Long(r[1])), r[2]!, r[4]!, r[5]!, r[6]!)
        {
            Role = Roles.TryParse(r[3], out var role) ? role : null, Status = TsvReader.NullableInt(r[7]), Remote = r[8], Detail = r[9],
        }).ToList();
    }

    public async Task<Dataset?> SetDatasetRestrictedAsync(long datasetId, bool restricted, CancellationToken cancellationToken = default)
    {
        if ((await Home.QueryAsync($"SELECT count() FROM datasets WHERE id = {datasetId}", cancellationToken).ConfigureAwait(false))[0][0] == "0") return null;
        var w = new RowBinaryWriter();
        w.UInt64((ulong)datasetId);
        w.Bool(restricted);
        w.Int64(Times.ToMicros(DateTimeOffset.UtcNow) * 1000 + Interlocked.Increment(ref _auditSequence) % 1000);
        await Home.InsertAsync("dataset_access", "dataset_id, restricted, changed_at", w, cancellationToken).ConfigureAwait(false);
        await MarkChangedAsync().ConfigureAwait(false);
        return (await GetDatasetsAsync(cancellationToken).ConfigureAwait(false)).Single(d => d.Id == datasetId);
    }
}
