using System.Globalization;
using HumanSecurity.ClickHouse.Http;

namespace HumanSecurity.ClickHouse.Schema;

/// <summary>Hands out dataset and run ids that are unique across processes without transactions. The one exclusive
/// operation ClickHouse has is CREATE TABLE (it fails when the table exists), so a candidate id is taken by creating a
/// short-lived table <c>hso_claim_KIND_ID</c>, checked against the log of ids ever given out, logged in
/// <c>id_claims</c>, and the table is dropped again. Ids therefore grow, are never reused (an abandoned import's id
/// is skipped, so its invisible leftovers can never become visible), and may have gaps.</summary>
internal static class IdClaims
{
    private const int MaxAttempts = 64;

    /// <summary>Claims the next id of <paramref name="kind"/> (<c>dataset</c> or <c>run</c>), whose committed rows are in
    /// <paramref name="committedTable"/>.</summary>
    public static async Task<long> ClaimAsync(ClickHouseNode home, string kind, string committedTable, CancellationToken ct)
    {
        var candidate = await HighestAsync(home, kind, committedTable, ct).ConfigureAwait(false) + 1;
        for (var attempt = 0; attempt < MaxAttempts; attempt++, candidate++)
        {
            var claim = string.Create(CultureInfo.InvariantCulture, $"hso_claim_{kind}_{candidate}");
            try
            {
                await home.ExecuteAsync($"CREATE TABLE {claim} (x UInt8) ENGINE = TinyLog", ct).ConfigureAwait(false);
            }
            catch (ClickHouseException e) when (e.Code == ClickHouseException.TableAlreadyExists)
            {
                continue;
            }
            try
            {
                var highest = await HighestAsync(home, kind, committedTable, ct).ConfigureAwait(false);
                if (highest >= candidate)
                {
                    candidate = highest;
                    continue;
                }
                await home.InsertAsync("id_claims", "kind, id, claimed_at, owner", LogRow(kind, candidate), ct).ConfigureAwait(false);
                return candidate;
            }
            finally
            {
                await home.ExecuteAsync($"DROP TABLE IF EXISTS {claim}", CancellationToken.None).ConfigureAwait(false);
            }
        }
        throw new InvalidOperationException($"Could not claim a {kind} id after {MaxAttempts} attempts (other writers, or stale hso_claim_{kind}_* tables).");
    }

    /// <summary>Claims exactly <paramref name="id"/> (copies keep their ids); fails when it was ever given out.</summary>
    public static async Task ClaimExactAsync(ClickHouseNode home, string kind, string committedTable, long id, CancellationToken ct)
    {
        var claim = string.Create(CultureInfo.InvariantCulture, $"hso_claim_{kind}_{id}");
        await home.ExecuteAsync($"CREATE TABLE {claim} (x UInt8) ENGINE = TinyLog", ct).ConfigureAwait(false);
        try
        {
            var taken = await home.QueryAsync(
                $"SELECT (SELECT count() FROM {committedTable} WHERE id = {id}) + (SELECT count() FROM id_claims WHERE kind = '{kind}' AND id = {id})", ct).ConfigureAwait(false);
            if (taken[0][0] != "0") throw new InvalidOperationException($"{kind} id {id} is already taken in the target store.");
            await home.InsertAsync("id_claims", "kind, id, claimed_at, owner", LogRow(kind, id), ct).ConfigureAwait(false);
        }
        finally
        {
            await home.ExecuteAsync($"DROP TABLE IF EXISTS {claim}", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static RowBinaryWriter LogRow(string kind, long id)
    {
        var row = new RowBinaryWriter();
        row.String(kind);
        row.UInt64((ulong)id);
        row.Int64(Times.ToMicros(DateTimeOffset.UtcNow));
        row.String($"{Environment.MachineName}:{Environment.ProcessId}");
        return row;
    }

    private static async Task<long> HighestAsync(ClickHouseNode home, string kind, string committedTable, CancellationToken ct)
    {
        var rows = await home.QueryAsync(
            $"SELECT greatest((SELECT max(id) FROM {committedTable}), (SELECT max(id) FROM id_claims WHERE kind = '{kind}'))", ct).ConfigureAwait(false);
        return TsvReader.Long(rows[0][0]);
    }
}
