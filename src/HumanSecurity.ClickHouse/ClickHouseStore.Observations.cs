using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse;

public sealed partial class ClickHouseStore : ILatestTotals
{
    private const string RowColumns = "indicator_id, area_id, period_start, period_kind, disaggregation, value, status_id, source_id";

    /// <summary>Streams matching observations ordered by indicator, area, period and disaggregation codes. Filtering runs in
    /// ClickHouse (indicator and area codes become dictionary ids sent as external data); the codes are decoded by
    /// joins on the dictionaries, one per nesting level because 18.16 allows one JOIN per SELECT.</summary>
    public async IAsyncEnumerable<ObservationChunk> GetObservationsAsync(ObservationQuery query,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        const int size = 65_536;
        var (filter, external) = ObservationFilter(query);
        var rows = $"SELECT {RowColumns} FROM observation_rows WHERE {Committed}{filter}";
        var sql = Decoded(rows) + " ORDER BY indicator, area, period_start, period_kind, sex, age, grp, disability, urbanisation" + Page(query);
        var chunk = new ObservationChunk(size);
        await foreach (var r in Home.StreamAsync(sql, cancellationToken, [.. external]).ConfigureAwait(false))
        {
            AddObservation(chunk, r);
            if (!chunk.IsFull) continue;
            yield return chunk;
            chunk = new ObservationChunk(size);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>Datasets of the observations matching <paramref name="query"/> and of the rows that now make up the areas,
    /// populations and indicator catalogue (the latest committed version of each key).</summary>
    public async Task<IReadOnlyList<long>> GetSourceDatasetsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (filter, external) = ObservationFilter(query with { TotalsOnly = false });
        var sql = $"""
            SELECT DISTINCT dataset_id FROM observation_rows WHERE {Committed}{filter}
            UNION ALL SELECT dataset_id FROM ({Latest("areas", "code, dataset_id", "code")})
            UNION ALL SELECT dataset_id FROM ({Latest("area_populations", "area, period_start, period_kind, dataset_id", "area, period_start, period_kind")})
            UNION ALL SELECT dataset_id FROM ({Latest("indicators", "code, dataset_id", "code")})
            """;
        var rows = await Home.QueryAsync(sql, cancellationToken, [.. external]).ConfigureAwait(false);
        return rows.Select(r => TsvReader.Long(r[0])).Distinct().Order().ToList();
    }

    public Task<IReadOnlyList<Observation>> GetLatestValuesAsync(CancellationToken cancellationToken = default) =>
        LatestAsync(new ObservationQuery(), "", cancellationToken);

    /// <summary>The latest non-missing total per indicator and area, picked in ClickHouse (<c>LIMIT 1 BY</c>; index runs).</summary>
    public Task<IReadOnlyList<Observation>> GetLatestTotalsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return LatestAsync(query, " AND NOT isNaN(value)", cancellationToken);
    }

    private async Task<IReadOnlyList<Observation>> LatestAsync(ObservationQuery query, string extra, CancellationToken cancellationToken)
    {
        var (filter, external) = ObservationFilter(query with { TotalsOnly = true });
        var rows = $"""
            SELECT {RowColumns} FROM observation_rows WHERE {Committed}{filter}{extra}
            ORDER BY indicator_id, area_id, period_start DESC, period_kind DESC LIMIT 1 BY indicator_id, area_id
            """;
        var chunk = new ObservationChunk(1);
        var result = new List<Observation>();
        await foreach (var r in Home.StreamAsync(Decoded(rows) + " ORDER BY indicator, area", cancellationToken, [.. external]).ConfigureAwait(false))
        {
            chunk.Clear();
            AddObservation(chunk, r);
            result.Add(chunk[0]);
        }
        return result;
    }

    /// <summary>The page a query asks for (numbers formatted from typed values).</summary>
    private static string Page(ObservationQuery query) =>
        query.Offset == 0 && query.Limit is null ? ""
        : string.Create(CultureInfo.InvariantCulture, $" LIMIT {Math.Max(0, query.Offset)}, {query.Limit ?? long.MaxValue}");

    /// <summary>Counts matching observations in ClickHouse (the page is ignored).</summary>
    public async Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (filter, external) = ObservationFilter(query);
        var rows = await Home.QueryAsync($"SELECT count() FROM observation_rows WHERE {Committed}{filter}", cancellationToken, [.. external]).ConfigureAwait(false);
        return TsvReader.Long(rows[0][0]);
    }

    private static (string Filter, List<ExternalTable> External) ObservationFilter(ObservationQuery query)
    {
        var sql = new StringBuilder();
        var external = new List<ExternalTable>();
        if (query.Indicators is { Count: > 0 } ind)
        {
            external.Add(ExternalTable.Ids("hso_ind", ind.Select(DictionaryId.Of)));
            sql.Append(" AND indicator_id IN hso_ind");
        }
        if (query.Areas is { Count: > 0 } areas)
        {
            external.Add(ExternalTable.Ids("hso_area", areas.Select(DictionaryId.Of)));
            sql.Append(" AND area_id IN hso_area");
        }
        // Dates become day numbers formatted here from typed values: integers, never text a user wrote.
        if (query.From is { } from) sql.Append(CultureInfo.InvariantCulture, $" AND period_start >= {Times.ToDays(from.Start)}");
        if (query.To is { } to) sql.Append(CultureInfo.InvariantCulture, $" AND period_start <= {Times.ToDays(to.End)}");
        if (query.TotalsOnly) sql.Append(" AND disaggregation = 0");
        if (query.Datasets is { } datasets)
        {
            external.Add(ExternalTable.Ids("hso_dsq", datasets.Select(d => (ulong)d)));
            sql.Append(" AND dataset_id IN hso_dsq");
        }
        if (query.PublicOnly)
            sql.Append($" AND dataset_id GLOBAL NOT IN (SELECT dataset_id FROM {AccessMarks} WHERE restricted = 1) AND dataset_id GLOBAL NOT IN (SELECT id FROM datasets WHERE kind = 'Survey')");
        return (sql.ToString(), external);
    }

    /// <summary>Wraps a query of observation rows (<see cref="RowColumns"/>) in the dictionary joins that turn ids into codes.</summary>
    private static string Decoded(string rows)
    {
        var sql = $"SELECT * FROM ({rows}) ANY LEFT JOIN (SELECT id AS indicator_id, any(code) AS indicator FROM indicator_codes GROUP BY id) USING indicator_id";
        sql = $"SELECT * FROM ({sql}) ANY LEFT JOIN (SELECT id AS area_id, any(code) AS area FROM area_codes GROUP BY id) USING area_id";
        sql = $"""
            SELECT * FROM ({sql}) ANY LEFT JOIN (SELECT id AS disaggregation, any(sex) AS sex, any(age) AS age, any(grp) AS grp,
                any(disability) AS disability, any(urbanisation) AS urbanisation FROM disaggregations GROUP BY id) USING disaggregation
            """;
        sql = $"SELECT * FROM ({sql}) ANY LEFT JOIN (SELECT id AS status_id, any(text) AS status_text FROM labels GROUP BY id) USING status_id";
        sql = $"SELECT * FROM ({sql}) ANY LEFT JOIN (SELECT id AS source_id, any(text) AS source_text FROM labels GROUP BY id) USING source_id";
        return $"SELECT indicator, area, period_start, period_kind, sex, age, grp, disability, urbanisation, value, " +
            $"if(status_id = 0, NULL, status_text) AS status, if(source_id = 0, NULL, source_text) AS source FROM ({sql})";
    }

    private static void AddObservation(ObservationChunk chunk, string?[] r)
    {
        var period = StoreEncoding.ToPeriod(Times.FromDays(TsvReader.Int(r[2])), (sbyte)TsvReader.Int(r[3]));
        var d = new Disaggregation(r[4]!, r[5]!, r[6]!, r[7]!, r[8]!);
        chunk.Add(r[0]!, r[1]!, period, d.IsTotal ? Disaggregation.Total : d, TsvReader.Double(r[9]), r[10], r[11]);
    }
}
