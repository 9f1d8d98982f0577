using System.Globalization;
using HumanSecurity.Poverty;

namespace HumanSecurity.ClickHouse.Surveys;

internal sealed partial class SurveyQuery
{
    /// <summary>Adds <c>d{j}</c> (and <c>gp{j}</c>) for every indicator; returns the per-household roster counts the
    /// roster indicators need, or null when none is built from the roster.</summary>
    private async Task<List<string>?> AddIndicatorsAsync(CancellationToken ct)
    {
        var rosterCounts = new List<string>();
        for (var j = 0; j < Spec.Indicators.Count; j++)
        {
            var ind = Spec.Indicators[j];
            if (_plan.UsesRoster(j))
            {
                rosterCounts.AddRange(await RosterCountsAsync(j, ind.Roster!, ct).ConfigureAwait(false));
                With($"d{j}", Decide(j, ind.Roster!));
            }
            else await AddHouseholdIndicatorAsync(j, ind, ct).ConfigureAwait(false);
        }
        return rosterCounts.Count == 0 ? null : rosterCounts;
    }

    private async Task AddHouseholdIndicatorAsync(int j, PovertyIndicator ind, CancellationToken ct)
    {
        var (x, numeric) = _households.Column(ind.Column);
        if (!numeric)
        {
            var codes = await CodesAsync(_households, x, ind.DeprivedIf is { } r ? v => RuleSql.RuleText(r, v) : RuleSql.ZeroOneText, ct).ConfigureAwait(false);
            With($"d{j}", codes.Code(x));
            return;
        }
        if (ind.DeprivedIf is not { } rule)
        {
            With($"d{j}", $"if(isNaN({x}), 255, toUInt8({x}))");
            _checks.Add($"countIf(NOT isNaN({x}) AND {x} != 0 AND {x} != 1)");
            return;
        }
        With($"d{j}", $"if(isNaN({x}), 255, toUInt8({RuleSql.Numeric(rule, x)}))");
        if (!_plan.HasGaps) return;
        var cutoff = ExactNumber.Sql(rule.Cutoff);
        With($"gp{j}", $"if(d{j} = 1, greatest(0, ({cutoff} - {x}) / {cutoff}), 0)");
    }

    private static async Task<TextCodes> CodesAsync(SurveySource source, string column, Func<string?, byte> code, CancellationToken ct)
    {
        var distinct = await source.DistinctAsync(column, ct).ConfigureAwait(false);
        var codes = TextCodes.Create(distinct, code)
            ?? throw new SurveyDeclinedException($"two values of a text column of the {source.Role} table share a hash");
        if (codes.Has(RuleSql.Invalid)) throw new SurveyDeclinedException($"a text column of the {source.Role} table has values the rules reject");
        return codes;
    }

    /// <summary>Per household: eligible members, eligible members with data, and those deprived (RosterAggregator).</summary>
    private async Task<string[]> RosterCountsAsync(int j, RosterRule rule, CancellationToken ct)
    {
        var persons = Persons!;
        var (v, numeric) = persons.Column(rule.Value);
        var eligible = "1";
        if (rule.AgeColumn is { } ageColumn)
        {
            var age = persons.Numeric(ageColumn, "age");
            eligible = $"NOT isNaN({age})";
            if (rule.MinAge is { } min) eligible += $" AND {age} >= {ExactNumber.Sql(min)}";
            if (rule.MaxAge is { } max) eligible += $" AND {age} <= {ExactNumber.Sql(max)}";
        }
        var hasData = numeric ? $"NOT isNaN({v})" : $"isNotNull({v})";
        var deprived = numeric ? RuleSql.Numeric(rule.DeprivedIf, v)
            : (await CodesAsync(persons, v, s => RuleSql.RosterText(rule.DeprivedIf, s), ct).ConfigureAwait(false)).Is(v, 1);
        return
        [
            $"countIf({eligible}) AS re{j}",
            $"countIf(({eligible}) AND ({hasData})) AS rw{j}",
            $"countIf(({eligible}) AND ({hasData}) AND ({deprived})) AS rp{j}",
        ];
    }

    /// <summary>RosterAggregator.Decide on the counts, in exact integers.</summary>
    private static string Decide(int j, RosterRule rule)
    {
        string e = $"re{j}", h = $"rw{j}", p = $"rp{j}";
        var none = rule.NoEligible switch { NoEligiblePolicy.NonDeprived => "0", NoEligiblePolicy.Deprived => "1", _ => "255" };
        var enough = string.Create(CultureInfo.InvariantCulture,
            $"({h} > 0 AND {h} * {rule.MinDataShare.Denominator} >= {rule.MinDataShare.Numerator} * {e})");
        return rule.Aggregate switch
        {
            RosterAggregate.Any => $"multiIf({e} = 0, {none}, {p} > 0, 1, {enough}, 0, 255)",
            RosterAggregate.All => $"multiIf({e} = 0, {none}, {h} > {p}, 0, {enough}, 1, 255)",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"multiIf({e} = 0, {none}, NOT {enough}, 255, {p} * {rule.Share.Denominator} >= {rule.Share.Numerator} * {h}, 1, 0)"),
        };
    }
}
