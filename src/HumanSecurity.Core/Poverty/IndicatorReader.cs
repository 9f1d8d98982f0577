using System.Globalization;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Reads a household indicator column into 0/1/missing bytes, validating 0/1 columns and applying cutoffs.</summary>
internal static class IndicatorReader
{
    private const int MaxErrorsPerColumn = 20;

    public static byte[] Read(PovertyIndicator ind, Column column, string source, ProblemList problems, out double[]? gap)
    {
        var n = column.Length;
        var result = new byte[n];
        gap = null;
        var errors = 0;
        if (ind.DeprivedIf is { } rule)
        {
            if (column is NumericColumn num)
            {
                gap = rule.IsCardinal ? new double[n] : null;
                ReadAchievements(rule, num.Values, result, gap);
                return result;
            }
            var text = ((TextColumn)column).Values;
            for (var i = 0; i < n; i++)
            {
                var s = text[i];
                if (string.IsNullOrEmpty(s)) { result[i] = RosterAggregator.Missing; continue; }
                if (rule.Operator != CutoffOperator.In && !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    if (errors++ < MaxErrorsPerColumn)
                        problems.Error(Problem.At(source, i + 2, column.Name), $"value '{s}' is not a number; indicator '{ind.Name}' compares '{rule.Text}'");
                    continue;
                }
                result[i] = rule.IsDeprived(s) ? (byte)1 : (byte)0;
            }
            return result;
        }
        return ReadZeroOne(ind, column, source, problems, result);
    }

    private static void ReadAchievements(DeprivationRule rule, double[] v, byte[] result, double[]? gap)
    {
        for (var i = 0; i < v.Length; i++)
        {
            var y = v[i];
            if (double.IsNaN(y)) { result[i] = RosterAggregator.Missing; continue; }
            var d = rule.IsDeprived(y);
            result[i] = d ? (byte)1 : (byte)0;
            if (gap is not null && d) gap[i] = Math.Max(0, (rule.Cutoff - y) / rule.Cutoff);
        }
    }

    private static byte[] ReadZeroOne(PovertyIndicator ind, Column column, string source, ProblemList problems, byte[] result)
    {
        var errors = 0;
        if (column is NumericColumn num)
        {
            var v = num.Values;
            for (var i = 0; i < v.Length; i++)
            {
                var x = v[i];
                if (x == 0) continue;
                if (x == 1) result[i] = 1;
                else if (double.IsNaN(x)) result[i] = RosterAggregator.Missing;
                else if (errors++ < MaxErrorsPerColumn) NotBinary(ind, column, source, problems, i, x.ToString("R", CultureInfo.InvariantCulture));
            }
            return result;
        }
        var text = ((TextColumn)column).Values;
        for (var i = 0; i < text.Length; i++)
        {
            var s = text[i]?.Trim();
            if (string.IsNullOrEmpty(s)) result[i] = RosterAggregator.Missing;
            else if (s == "1") result[i] = 1;
            else if (s != "0" && errors++ < MaxErrorsPerColumn) NotBinary(ind, column, source, problems, i, s);
        }
        return result;
    }

    private static void NotBinary(PovertyIndicator ind, Column column, string source, ProblemList problems, int row, string shown) =>
        problems.Error(Problem.At(source, row + 2, column.Name),
            $"value '{shown}' is not a deprivation: expected 0 (not deprived), 1 (deprived) or empty (missing) for indicator '{ind.Name}'; give 'deprived_if' for achievements");
}
