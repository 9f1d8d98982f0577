using System.Numerics;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Listwise deletion (rows with any indicator missing are dropped) and compaction into a <see cref="SurveySample"/>.</summary>
internal static class Listwise
{
    public static SurveySample Apply(PovertySpec spec, ColumnTable households, IReadOnlyList<SurveySampleBuilder.ReadIndicator> present,
        IReadOnlyList<PovertyIndicator> indicators, DesignColumns design, List<Problem> warnings)
    {
        var n = households.RowCount;
        var keep = new bool[n];
        Array.Fill(keep, true);
        var missingRows = new Dictionary<string, int>();
        var missingWeighted = new Dictionary<string, double>();
        double persons = 0, weighted = 0;
        for (var i = 0; i < n; i++) { persons += design.Size[i]; weighted += design.Weight[i] * design.Size[i]; }
        foreach (var p in present)
        {
            int rows = 0;
            double w = 0;
            var v = p.Values;
            for (var i = 0; i < n; i++)
            {
                if (v[i] != RosterAggregator.Missing) continue;
                keep[i] = false;
                rows++;
                w += design.Weight[i] * design.Size[i];
            }
            missingRows[p.Indicator.Name] = rows;
            missingWeighted[p.Indicator.Name] = weighted == 0 ? 0 : w / weighted;
        }
        double personsKept = 0, weightedKept = 0;
        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            if (!keep[i]) continue;
            kept++;
            personsKept += design.Size[i];
            weightedKept += design.Weight[i] * design.Size[i];
        }
        int[]? idx = null;
        if (kept < n)
        {
            idx = new int[kept];
            for (int i = 0, r = 0; i < n; i++) if (keep[i]) idx[r++] = i;
        }
        var retention = new Retention(n, kept, persons, personsKept, weighted, weightedKept, missingRows, missingWeighted);
        return Compact(spec, present, indicators, design, idx, retention, warnings);
    }

    private static SurveySample Compact(PovertySpec spec, IReadOnlyList<SurveySampleBuilder.ReadIndicator> present,
        IReadOnlyList<PovertyIndicator> indicators, DesignColumns design, int[]? idx, Retention retention, List<Problem> warnings)
    {
        var m = idx?.Length ?? design.Weight.Length;
        var weight = Take(design.Weight, idx);
        var size = Take(design.Size, idx);
        var deprived = present.Select(p => Take(p.Values, idx)).ToArray();
        var gap = present.Select(p => p.Gap is null ? null : Take(p.Gap, idx)).ToArray();
        var (units, denominator) = IntegerUnits(indicators);
        int[] round = design.Round is null ? [] : Take(design.Round.Codes, idx);
        var roundLabels = design.Round?.Labels ?? [""];
        var years = RoundYears(design, idx, round, roundLabels.Length, warnings);
        var (psu, psuStratum, strataCount) = DesignIds.Build(design, m, idx, round);
        var over = design.Over.Select(o => o.Take(idx)).ToList();
        return new SurveySample
        {
            Count = m, SamplingWeight = weight, Size = size, Indicators = indicators, Deprived = deprived, Gap = gap,
            Units = units, UnitDenominator = denominator, Psu = psu, PsuStratum = psuStratum, StrataCount = strataCount,
            Round = round, RoundLabels = roundLabels, RoundYears = years, Over = over, Retention = retention,
            Warnings = warnings, HasTime = design.Round is not null,
        };
    }

    internal static (long[] Units, long Denominator) IntegerUnits(IReadOnlyList<PovertyIndicator> indicators)
    {
        BigInteger lcm = 1;
        foreach (var i in indicators) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, i.Weight.Denominator) * i.Weight.Denominator;
        if (lcm > int.MaxValue / 4) throw new InvalidInputException("indicators", $"indicator weight denominators have a common multiple {lcm}, too large for exact scoring");
        var l = (long)lcm;
        return (indicators.Select(i => i.Weight.Numerator * (l / i.Weight.Denominator)).ToArray(), l);
    }

    private static double[] RoundYears(DesignColumns design, int[]? idx, int[] round, int rounds, List<Problem> warnings)
    {
        var years = new double[rounds];
        Array.Fill(years, double.NaN);
        if (design.Year is null) return years;
        for (var r = 0; r < round.Length; r++)
        {
            var y = design.Year[idx?[r] ?? r];
            if (double.IsNaN(years[round[r]])) years[round[r]] = y;
            else if (years[round[r]] != y && warnings.Count < 100)
                warnings.Add(Problem.Warning("time", $"round {design.Round!.Labels[round[r]]} has several years ({years[round[r]]}, {y}); the first is used"));
        }
        return years;
    }

    /// <summary>The retained rows of a column; the column itself when every row is retained (<paramref name="idx"/>
    /// null; arrays are read-only here).</summary>
    private static T[] Take<T>(T[] values, int[]? idx)
    {
        if (idx is null) return values;
        var result = new T[idx.Length];
        for (var r = 0; r < idx.Length; r++) result[r] = values[idx[r]];
        return result;
    }
}
