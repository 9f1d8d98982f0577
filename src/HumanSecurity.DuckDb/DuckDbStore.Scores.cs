using System.Data.Common;
using System.Text;
using HumanSecurity.Areas;
using HumanSecurity.Storage;

namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    /// <summary>Filters and pages inside DuckDB: a count of the matching rows, then only the page's rows.</summary>
    public Task<ScorePage> GetScoresAsync(long runId, ScoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        if (query.Limit is { } limit) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, args) = ScoreFilter(runId, query);
        return WithGateAsync(() =>
        {
            var total = Sql.Long(_connection, "SELECT count(*) FROM scores WHERE " + where, [.. args]);
            if (total <= query.Offset) return new ScorePage([], total);
            var sql = $"SELECT unit, node, level, period, score, rank, class FROM scores WHERE {where} ORDER BY level, node, unit, period LIMIT ? OFFSET ?";
            var rows = ReadAll(sql, ReadScore, [.. args, query.Limit ?? long.MaxValue, (long)query.Offset]);
            return new ScorePage(rows, total);
        }, cancellationToken);
    }

    private static (string Where, List<object?> Args) ScoreFilter(long runId, ScoreQuery query)
    {
        var where = new StringBuilder("run_id = ?");
        var args = new List<object?> { runId };
        void List(string column, IReadOnlyList<string>? values)
        {
            if (values is not { Count: > 0 }) return;
            where.Append(" AND list_contains(?, ").Append(column).Append(')');
            args.Add(values.ToArray());
        }
        List("unit", query.Units);
        List("node", query.Nodes);
        List("period", query.Periods);
        if (query.TreeLevel is { } level) { where.Append(" AND level = ?"); args.Add(level); }
        if (query.AreaKind is { } kind) { where.Append(" AND unit IN (SELECT code FROM areas WHERE kind = ?)"); args.Add(kind.ToCode()); }
        return (where.ToString(), args);
    }

    private static ScoreRow ReadScore(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), Sql.NullableString(r, 3), r.IsDBNull(4) ? double.NaN : r.GetDouble(4), r.GetInt32(5),
            Sql.NullableString(r, 6));
}
