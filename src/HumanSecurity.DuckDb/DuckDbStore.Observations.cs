using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using DuckDB.NET.Data;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    private const string ObservationColumns =
        "indicator, area, period_start, period_kind, sex, age, grp, disability, urbanisation, value, status, source";

    /// <summary>Disaggregation id 0 is the total in every dimension (see migration 2).</summary>
    private const string TotalsFilter = "disaggregation = 0";

    /// <summary>Streams matching observations from one query on a second connection (so other calls on this store
    /// are not blocked while the caller consumes chunks; it reads committed data only).</summary>
    public IAsyncEnumerable<ObservationChunk> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return StreamObservationsAsync(connection => ObservationCommand(connection, query), cancellationToken);
    }

    private async IAsyncEnumerable<ObservationChunk> StreamObservationsAsync(Func<DuckDBConnection, DuckDBCommand> commandOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int size = 65_536;
        var connection = await WithGateAsync(() =>
        {
            // In-memory databases can only be shared by duplicating; a second connection to a file in the same process
            // shares DuckDB's database instance.
            var second = Path == ":memory:" ? _connection.Duplicate() : new DuckDBConnection($"Data Source={Path}");
            if (second.State != System.Data.ConnectionState.Open) second.Open();
            return second;
        }, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = commandOf(connection);
            command.UseStreamingMode = true;
            using var reader = command.ExecuteReader();
            var chunk = new ObservationChunk(size);
            while (reader.Read())
            {
                AddObservation(chunk, reader);
                if (!chunk.IsFull) continue;
                yield return chunk;
                cancellationToken.ThrowIfCancellationRequested();
                chunk = new ObservationChunk(size);
            }
            if (chunk.Count > 0) yield return chunk;
        }
    }

    private static DuckDBCommand ObservationCommand(DuckDBConnection connection, ObservationQuery query)
    {
        var (where, args) = ObservationFilter(query);
        var sql = $"SELECT {ObservationColumns} FROM observations WHERE {where} ORDER BY indicator, area, period_start, period_kind, sex, age, grp, disability, urbanisation";
        if (query.Limit is { } limit) { sql += " LIMIT ?"; args.Add(limit); }
        if (query.Offset > 0) { sql += " OFFSET ?"; args.Add(query.Offset); }
        return Sql.Command(connection, sql, [.. args]);
    }

    /// <summary>The query's filters on the <c>observations</c> view (<c>true AND ...</c>) and their arguments.</summary>
    private static (string Where, List<object?> Args) ObservationFilter(ObservationQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        if (query.Limit is { } limit) ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var sql = new StringBuilder("true");
        var args = new List<object?>();
        if (query.Indicators is { Count: > 0 } ind) { sql.Append(" AND list_contains(?, indicator)"); args.Add(ind.ToArray()); }
        if (query.Areas is { Count: > 0 } areas) { sql.Append(" AND list_contains(?, area)"); args.Add(areas.ToArray()); }
        if (query.From is { } from) { sql.Append(" AND period_start >= ?"); args.Add(from.Start); }
        if (query.To is { } to) { sql.Append(" AND period_start <= ?"); args.Add(to.End); }
        if (query.Datasets is { } datasets) { sql.Append(" AND list_contains(?, dataset_id)"); args.Add(datasets.ToArray()); }
        if (query.TotalsOnly) sql.Append(" AND ").Append(TotalsFilter);
        if (query.PublicOnly)
            sql.Append(" AND dataset_id NOT IN (SELECT dataset_id FROM dataset_access WHERE restricted) AND dataset_id NOT IN (SELECT id FROM datasets WHERE kind = 'Survey')");
        return (sql.ToString(), args);
    }

    public Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, args) = ObservationFilter(query);
        return WithGateAsync(() => Sql.Long(_connection, "SELECT count(*) FROM observations WHERE " + where, [.. args]), cancellationToken);
    }

    public Task<IReadOnlyList<long>> GetSourceDatasetsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return WithGateAsync<IReadOnlyList<long>>(() =>
        {
            var (where, args) = ObservationFilter(query with { Offset = 0, Limit = null });
            var sql = $"SELECT DISTINCT dataset_id FROM observations WHERE {where} UNION SELECT dataset_id FROM areas UNION SELECT dataset_id FROM area_populations UNION SELECT dataset_id FROM indicators ORDER BY 1";
            using var command = Sql.Command(_connection, sql, [.. args]);
            using var reader = command.ExecuteReader();
            var ids = new List<long>();
            while (reader.Read()) ids.Add(reader.GetInt64(0));
            return ids;
        }, cancellationToken);
    }

    private static void AddObservation(ObservationChunk chunk, DbDataReader r)
    {
        var period = Sql.ToPeriod(r.GetFieldValue<DateOnly>(2), r.GetFieldValue<sbyte>(3));
        var d = new Disaggregation(r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8));
        chunk.Add(r.GetString(0), r.GetString(1), period, d.IsTotal ? Disaggregation.Total : d, r.GetDouble(9),
            Sql.NullableString(r, 10), Sql.NullableString(r, 11));
    }

    public Task<IReadOnlyList<Observation>> GetLatestValuesAsync(CancellationToken cancellationToken = default) =>
        WithGateAsync<IReadOnlyList<Observation>>(() =>
        {
            var chunk = new ObservationChunk(1024);
            var result = new List<Observation>();
            using var command = _connection.CreateCommand();
            command.CommandText = $"""
                SELECT {ObservationColumns} FROM observations WHERE {TotalsFilter}
                QUALIFY row_number() OVER (PARTITION BY indicator, area ORDER BY period_start DESC, period_kind DESC) = 1
                ORDER BY indicator, area
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                chunk.Clear();
                AddObservation(chunk, reader);
                result.Add(chunk[0]);
            }
            return result;
        }, cancellationToken);
}
