using System.Globalization;
using HumanSecurity.Poverty;

namespace HumanSecurity.ClickHouse.Surveys;

internal sealed partial class SurveyQuery
{
    /// <summary>The households table joined with per-household roster counts on the unit id (RosterLink): numbers link
    /// by value, texts by their exact text (declined when an id has leading or trailing white space or non-ASCII edges,
    /// which .NET would trim), a missing id links nothing, and household ids must be unique (the first would win).</summary>
    private string JoinRoster(List<string> counts)
    {
        var persons = Persons!;
        var unit = Spec.Unit;
        var rosterUnit = Spec.RosterUnit ?? Spec.Unit;
        var (hk, hkNumeric) = _households.Column(unit);
        var (pk, pkNumeric) = persons.Column(rosterUnit);
        if (hkNumeric != pkNumeric) throw new SurveyDeclinedException($"the household id '{unit}' is {(hkNumeric ? "numeric" : "text")} in one table and not in the other");
        _checks.Add($"countIf({ValidKey(hk, hkNumeric)}) - uniqExactIf({hk}, {ValidKey(hk, hkNumeric)})");
        if (!hkNumeric)
        {
            _checks.Add($"countIf({EdgeSpace(hk)})");
            _personChecks.Add($"countIf({EdgeSpace(pk)})");
        }
        else
        {
            // Ids link by their round-trip text in memory, where −0 and 0 differ; the join compares numbers.
            _checks.Add($"countIf({hk} = 0 AND 1 / {hk} < 0)");
            _personChecks.Add($"countIf({pk} = 0 AND 1 / {pk} < 0)");
        }
        // Sharded by the same id: each shard joins its own households and persons. Otherwise the counts are computed
        // once and sent to every shard (GLOBAL).
        var local = !_sharded || (_households.IsShardedBy(unit) && persons.IsShardedBy(rosterUnit));
        var right = $"(SELECT hso_k AS {hk}, {string.Join(", ", counts.Select(c => c[(c.LastIndexOf(" AS ", StringComparison.Ordinal) + 4)..]))} FROM " +
            $"(SELECT {pk} AS hso_k, {string.Join(", ", counts)} FROM {(local ? persons.LocalTable : persons.Table)} WHERE {ValidKey(pk, pkNumeric)} GROUP BY hso_k))";
        return $"{_households.Table} {(local ? "" : "GLOBAL ")}ANY LEFT JOIN {right} USING {hk}";
    }

    private static string ValidKey(string k, bool numeric) => numeric ? $"NOT isNaN({k})" : $"isNotNull({k}) AND {k} != ''";

    private static string EdgeSpace(string k)
    {
        var t = $"assumeNotNull({k})";
        return $"isNotNull({k}) AND {k} != '' AND (substring({t}, 1, 1) <= ' ' OR substring({t}, 1, 1) >= unhex('80') " +
            $"OR substring({t}, length({t}), 1) <= ' ' OR substring({t}, length({t}), 1) >= unhex('80'))";
    }

    /// <summary>Cell keys then the totals of <see cref="CellLayout"/>, one row per cell of retained rows; the sums are
    /// the terms CellAccumulator adds per row, in the same floating-point form.</summary>
    public string CellsSql
    {
        get
        {
            var layout = _plan.Layout;
            var t = new string[layout.Width];
            t[CellLayout.Pop] = "sum(w)";
            t[CellLayout.Rows] = "count()";
            for (var j = 0; j < layout.D; j++) t[CellLayout.Hd0 + j] = $"sum(w * d{j})";
            t[layout.Severe] = string.Create(CultureInfo.InvariantCulture, $"sumIf(w, u >= {_plan.SevereThreshold})");
            for (var k = 0; k < layout.K; k++)
            {
                var poor = string.Create(CultureInfo.InvariantCulture, $"u >= {_plan.KThresholds[k]}");
                t[layout.Poor(k)] = $"sumIf(w, {poor})";
                t[layout.Score(k)] = $"sumIf(w * c, {poor})";
                t[layout.Score2(k)] = $"sumIf(w * c * c, {poor})";
                t[layout.PoorPersons(k)] = $"sumIf(sz, {poor})";
                t[layout.Vulnerable(k)] = string.Create(CultureInfo.InvariantCulture, $"sumIf(w, u < {_plan.KThresholds[k]} AND u >= {_plan.VulnerableThreshold})");
                t[layout.Gap1(k)] = _plan.HasGaps ? $"sumIf(w * g1, {poor})" : "0";
                t[layout.Gap2(k)] = _plan.HasGaps ? $"sumIf(w * g2, {poor})" : "0";
                for (var j = 0; j < layout.D; j++) t[layout.Hdk(k, j)] = $"sumIf(w * d{j}, {poor})";
            }
            var keys = CellKeys.Select(k => k.Alias).ToList();
            var select = string.Join(", ", [.. keys, .. t]);
            return $"{WithClause}\nSELECT {select}\nFROM {_from}\nWHERE ret = 1{(keys.Count == 0 ? "" : "\nGROUP BY " + string.Join(", ", keys))}";
        }
    }

    /// <summary>The keys cells are grouped by: PSU, round and stratum only when cells are per PSU.</summary>
    public IEnumerable<(string Alias, string Sql, bool Numeric, string Role)> CellKeys =>
        Keys.Where(k => _standardErrors || k.Role is "round" or "over");
}
