using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using HumanSecurity.Tables;

namespace HumanSecurity.Benchmarks.Poverty;

/// <summary>The same point estimates as SQL in DuckDB (in-memory, same process): integer scores in 1/18 units, then
/// per k and per domain (all, area, urban) Σω, Σωρ, Σωρc and Σω·g_j, Σωρ·g_j with GROUPING SETS.</summary>
internal sealed class DuckDbPeer : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckDbPeer() => _connection.Open();

    public string Version => (string)Scalar("SELECT version()")!;

    public void Load(ColumnTable t)
    {
        var names = t.Columns.Select(c => c.Name).ToList();
        Execute($"CREATE TABLE hh ({string.Join(", ", names.Select(n => n is "hh_weight" ? $"{n} DOUBLE" : $"{n} INTEGER"))})");
        var values = t.Columns.Select(c => ((NumericColumn)c).Values).ToArray();
        using var appender = _connection.CreateAppender("hh");
        for (var i = 0; i < t.RowCount; i++)
        {
            var row = appender.CreateRow();
            for (var c = 0; c < values.Length; c++)
            {
                if (names[c] == "hh_weight") row.AppendValue(values[c][i]);
                else row.AppendValue((int)values[c][i]);
            }
            row.EndRow();
        }
    }

    public string Sql(int[] kThresholds)
    {
        var ind = SyntheticSurvey.Indicators;
        var score = string.Join(" + ", ind.Select((n, j) => $"{SyntheticSurvey.Units[j]} * {n}"));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"WITH s AS (SELECT area, urban, hh_weight * hh_size AS w, {string.Join(", ", ind)}, {score} AS u FROM hh)\n");
        sb.Append("SELECT GROUPING(area, urban) AS g, area, urban, sum(w) AS pop");
        foreach (var n in ind) sb.Append(CultureInfo.InvariantCulture, $", sum(w * {n}) AS hd_{n}");
        foreach (var k in kThresholds)
        {
            sb.Append(CultureInfo.InvariantCulture, $", sum(CASE WHEN u >= {k} THEN w ELSE 0 END) AS poor_{k}");
            sb.Append(CultureInfo.InvariantCulture, $", sum(CASE WHEN u >= {k} THEN w * u ELSE 0 END) / 18.0 AS score_{k}");
            foreach (var n in ind) sb.Append(CultureInfo.InvariantCulture, $", sum(CASE WHEN u >= {k} THEN w * {n} ELSE 0 END) AS hdk_{k}_{n}");
        }
        sb.Append("\nFROM s GROUP BY GROUPING SETS ((), (area), (urban))");
        return sb.ToString();
    }

    /// <summary>Runs the query and returns M0 per domain key ("all", "area=3", "urban=1") for the middle k.</summary>
    public Dictionary<string, double> Run(string sql, int middleK)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var result = new Dictionary<string, double>();
        var scoreOrdinal = reader.GetOrdinal($"score_{middleK}");
        var popOrdinal = reader.GetOrdinal("pop");
        while (reader.Read())
        {
            var g = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            var key = g == 3 ? "all" : g == 1 ? $"area={reader.GetValue(1)}" : $"urban={reader.GetValue(2)}";
            // Touch every column so DuckDB's result materialisation is fully paid for.
            for (var c = 3; c < reader.FieldCount; c++) _ = reader.GetDouble(c);
            result[key] = reader.GetDouble(scoreOrdinal) / reader.GetDouble(popOrdinal);
        }
        return result;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose() => _connection.Dispose();
}
