using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Aggregates person records to household indicators (any / all / share, age eligibility, data-share rule).</summary>
internal static class RosterAggregator
{
    /// <summary>Missing marker in deprivation byte columns.</summary>
    public const byte Missing = 255;

    /// <summary>Builds a household 0/1/missing column from the roster. <paramref name="householdOfPerson"/> maps each
    /// person row to a household row (−1 = unknown household).</summary>
    public static byte[] Build(RosterRule rule, ColumnTable persons, int[] householdOfPerson, int households)
    {
        var eligible = new int[households];
        var withData = new int[households];
        var deprived = new int[households];
        var value = persons[rule.Value];
        var age = rule.AgeColumn is null ? null : DesignColumns.Numbers(persons[rule.AgeColumn]);
        for (var p = 0; p < persons.RowCount; p++)
        {
            var h = householdOfPerson[p];
            if (h < 0 || !IsEligible(rule, age, p)) continue;
            eligible[h]++;
            if (value.IsMissing(p)) continue;
            withData[h]++;
            var d = value is NumericColumn num ? rule.DeprivedIf.IsDeprived(num.Values[p]) : rule.DeprivedIf.IsDeprived(((TextColumn)value).Values[p]!);
            if (d) deprived[h]++;
        }
        var result = new byte[households];
        for (var h = 0; h < households; h++) result[h] = Decide(rule, eligible[h], withData[h], deprived[h]);
        return result;
    }

    private static bool IsEligible(RosterRule rule, double[]? age, int p)
    {
        if (age is null) return true;
        var a = age[p];
        if (double.IsNaN(a)) return false;
        return (rule.MinAge is not { } min || a >= min) && (rule.MaxAge is not { } max || a <= max);
    }

    internal static byte Decide(RosterRule rule, int eligible, int withData, int deprived)
    {
        if (eligible == 0)
            return rule.NoEligible switch { NoEligiblePolicy.NonDeprived => 0, NoEligiblePolicy.Deprived => 1, _ => Missing };
        var enoughData = withData > 0 &&
            (System.Numerics.BigInteger)withData * rule.MinDataShare.Denominator >= (System.Numerics.BigInteger)rule.MinDataShare.Numerator * eligible;
        switch (rule.Aggregate)
        {
            case RosterAggregate.Any:
                if (deprived > 0) return 1;
                return enoughData ? (byte)0 : Missing;
            case RosterAggregate.All:
                if (withData - deprived > 0) return 0;
                return enoughData ? (byte)1 : Missing;
            default:
                if (!enoughData) return Missing;
                return (long)deprived * rule.Share.Denominator >= rule.Share.Numerator * withData ? (byte)1 : (byte)0;
        }
    }
}
