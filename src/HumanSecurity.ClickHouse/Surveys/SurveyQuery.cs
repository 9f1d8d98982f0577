using System.Globalization;
using System.Text;
using HumanSecurity.Poverty;

namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>The pushdown of one spec on one survey, compiled into ClickHouse SQL. Row-level values are <c>WITH</c>
/// aliases: <c>w</c> (weight × size), <c>sz</c> (size), <c>d0..</c> (deprivation: 0, 1 or 255 = missing, as the
/// in-memory readers decide), <c>gp0..</c> (gaps), <c>u</c> (the integer score Σ d_j·units_j), <c>ret</c> (listwise
/// retained) and the cell keys <c>k_r</c> (round), <c>k_s</c> (stratum), <c>k_p</c> (PSU), <c>k_o0..</c> (subgroups).
/// The aggregation runs in the same SELECT as the FROM of the (Distributed) households table, so each shard aggregates
/// its own rows and only cell totals travel; roster indicators join per-household person counts, on each shard when
/// households and persons are sharded by the same household id.</summary>
internal sealed partial class SurveyQuery
{
    private readonly SurveyPlan _plan;
    private readonly SurveySource _households;
    private readonly bool _standardErrors;
    private readonly List<(string Alias, string Sql)> _with = [];
    private readonly List<string> _checks = [];
    private readonly List<string> _personChecks = [];
    private readonly bool _sharded;
    private string _from = "";

    private SurveyQuery(SurveyPlan plan, SurveySource households, SurveySource? persons, bool standardErrors, bool sharded)
    {
        _plan = plan;
        _households = households;
        Persons = persons;
        _standardErrors = standardErrors;
        _sharded = sharded;
    }

    public SurveySource? Persons { get; }

    /// <summary>Cell keys in order: alias, expression on the stored column, the column's kind, role.</summary>
    public List<(string Alias, string Sql, bool Numeric, string Role)> Keys { get; } = [];

    private PovertySpec Spec => _plan.Spec;

    public static async Task<SurveyQuery> BuildAsync(SurveyPlan plan, SurveySource households, SurveySource? persons, bool standardErrors,
        bool sharded, CancellationToken ct)
    {
        var q = new SurveyQuery(plan, households, persons, standardErrors, sharded);
        q.AddDesign();
        var roster = await q.AddIndicatorsAsync(ct).ConfigureAwait(false);
        q._from = roster is null ? households.Table : q.JoinRoster(roster);
        q.AddScore();
        return q;
    }

    private void With(string alias, string sql) => _with.Add((alias, sql));

    private string WithClause => "WITH " + string.Join(",\n    ", _with.Select(w => $"{w.Sql} AS {w.Alias}"));

    private void AddDesign()
    {
        var weight = Spec.Weight is { } wc ? _households.Numeric(wc, "weight") : null;
        var size = Spec.Size is { } sc ? _households.Numeric(sc, "size") : null;
        With("sz", size ?? "toFloat64(1)");
        With("w", (weight, size) switch { (null, null) => "toFloat64(1)", (null, _) => size!, (_, null) => weight, _ => $"({weight} * {size})" });
        foreach (var c in (string?[])[weight, size])
            if (c is not null) _checks.Add($"countIf(NOT ({c} >= 0) OR isInfinite({c}))");
        if (Spec.Time is { } time)
        {
            AddKey("k_r", time.Round, "round", true);
            if (time.Year is { } year)
            {
                var y = _households.Numeric(year, "year");
                With("yr", y);
                _checks.Add($"countIf(isNaN({y}))");
            }
        }
        if (Spec.Strata is { } strata) AddKey("k_s", strata, "stratum", true);
        if (Spec.Psu is { } psu) AddKey("k_p", psu, "psu", true);
        else if (_standardErrors)
        {
            // Without a PSU column every household is its own PSU.
            With("k_p", "hso_row");
            Keys.Add(("k_p", "hso_row", true, "psu"));
        }
        for (var v = 0; v < Spec.Over.Count; v++) AddKey($"k_o{v}", Spec.Over[v], "over", false);
    }

    /// <summary>A cell key from a stored column; numbers get <c>+ 0</c> so that −0 and 0 are one key, as in memory.</summary>
    private void AddKey(string alias, string column, string role, bool required)
    {
        var (sql, numeric) = _households.Column(column);
        var key = numeric ? $"({sql} + 0)" : sql;
        With(alias, key);
        Keys.Add((alias, key, numeric, role));
        if (required) _checks.Add(numeric ? $"countIf(isNaN({sql}))" : $"countIf(isNull({sql}) OR {sql} = '')");
    }

    private void AddScore()
    {
        var d = Spec.Indicators.Count;
        With("u", string.Join(" + ", Enumerable.Range(0, d).Select(j => string.Create(CultureInfo.InvariantCulture, $"d{j} * {_plan.Units[j]}"))));
        With("c", string.Create(CultureInfo.InvariantCulture, $"u * (1 / toFloat64({_plan.UnitDenominator}))"));
        // Used as "ret = 1": a bare alias of an AND in WHERE fails on 18.16 when the condition moves to PREWHERE (std::bad_typeid).
        With("ret", d == 0 ? "1" : string.Join(" AND ", Enumerable.Range(0, d).Select(j => $"d{j} != 255")));
        if (_plan.HasGaps)
        {
            With("g1", "(" + string.Join(" + ", Enumerable.Range(0, d).Select(j => $"{WeightOf(j)} * gp{j}")) + ")");
            With("g2", "(" + string.Join(" + ", Enumerable.Range(0, d).Select(j => $"{WeightOf(j)} * gp{j} * gp{j}")) + ")");
        }
    }

    /// <summary>Indicator j's weight as the double the in-memory path uses: (double)units / denominator.</summary>
    private string WeightOf(int j) => string.Create(CultureInfo.InvariantCulture, $"(toFloat64({_plan.Units[j]}) / {_plan.UnitDenominator})");

    /// <summary>Counts of rows the in-memory path rejects, which must all be 0 (otherwise that path runs and reports them).</summary>
    public string CheckSql => CountsOf(_checks, _households.Table);

    /// <summary>Checks on the person roster; null without roster indicators.</summary>
    public string? PersonCheckSql => _personChecks.Count == 0 || Persons is null ? null : CountsOf(_personChecks, Persons.Table);

    private static string CountsOf(List<string> counts, string table) =>
        counts.Count == 0 ? "SELECT 0" : $"SELECT {string.Join(", ", counts)} FROM {table}";

    /// <summary>One row: all rows, Σ size, Σ w, per indicator (rows missing, Σ w missing), retained rows, Σ size, Σ w, PSUs, strata.</summary>
    public string ProfileSql
    {
        get
        {
            var sql = new StringBuilder(WithClause).Append("\nSELECT count(), sum(sz), sum(w)");
            for (var j = 0; j < Spec.Indicators.Count; j++) sql.Append(CultureInfo.InvariantCulture, $", countIf(d{j} = 255), sumIf(w, d{j} = 255)");
            sql.Append(", countIf(ret), sumIf(sz, ret), sumIf(w, ret)");
            var design = Keys.Where(k => k.Role is "round" or "stratum").Select(k => k.Alias).ToList();
            var psus = Spec.Psu is null ? "countIf(ret)" : $"uniqExactIf({string.Join(", ", [.. design, "k_p"])}, ret)";
            var strata = design.Count == 0 ? "if(countIf(ret) > 0, 1, 0)" : $"uniqExactIf({string.Join(", ", design)}, ret)";
            return sql.Append(CultureInfo.InvariantCulture, $", {psus}, {strata}\nFROM {_from}").ToString();
        }
    }

    /// <summary>Round value, its first retained row's year and its number of distinct years (one row per round).</summary>
    public string? YearsSql => Spec.Time?.Year is null ? null : $"{WithClause}\nSELECT k_r, argMin(yr, hso_row), uniqExact(yr) FROM {_from} WHERE ret = 1 GROUP BY k_r";

    /// <summary>The distinct values of a key's stored column over all rows (labels are made from these).</summary>
    public string DistinctSql(string alias) => $"SELECT DISTINCT {Keys.Single(k => k.Alias == alias).Sql} FROM {_households.Table}";
}
