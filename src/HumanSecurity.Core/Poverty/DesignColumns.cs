using System.Globalization;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Weight, size, strata, PSU, round, year and subgroup columns read and validated row by row.</summary>
internal sealed record DesignColumns(
    double[] Weight,
    double[] Size,
    RowKeys? Strata,
    RowKeys? Psu,
    CategoryCodes? Round,
    double[]? Year,
    IReadOnlyList<OverVariable> Over)
{
    private const string MissingGroup = "(missing)";

    public static DesignColumns Read(PovertySpec spec, ColumnTable t, string source, ProblemList problems)
    {
        var n = t.RowCount;
        var weight = spec.Weight is null ? Filled(n) : Numbers(t[spec.Weight]);
        var size = spec.Size is null ? Filled(n) : Numbers(t[spec.Size]);
        CheckNonNegative(weight, spec.Weight, source, "sampling weight", problems);
        CheckNonNegative(size, spec.Size, source, "household size", problems);
        var strata = Keys(spec.Strata, t, source, "stratum", problems);
        var psu = Keys(spec.Psu, t, source, "PSU", problems);
        var round = spec.Time is null ? null : Codes(spec.Time.Round, t, source, "round", problems);
        double[]? year = null;
        if (spec.Time?.Year is { } yc)
        {
            year = Numbers(t[yc]);
            for (var i = 0; i < n && problems.ErrorCount < 50; i++)
                if (double.IsNaN(year[i])) problems.Error(Problem.At(source, i + 2, yc), "year is missing");
        }
        var over = spec.Over.Select(o => OverCodes(o, t[o])).ToList();
        return new DesignColumns(weight, size, strata, psu, round, year, over);
    }

    public static double[] Numbers(Column c)
    {
        if (c is NumericColumn num) return num.Values;
        var text = ((TextColumn)c).Values;
        var v = new double[text.Length];
        for (var i = 0; i < v.Length; i++)
            v[i] = double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN;
        return v;
    }

    private static double[] Filled(int n)
    {
        var a = new double[n];
        Array.Fill(a, 1.0);
        return a;
    }

    private static void CheckNonNegative(double[] v, string? column, string source, string what, ProblemList problems)
    {
        if (column is null) return;
        var errors = 0;
        for (var i = 0; i < v.Length && errors < 20; i++)
        {
            if (double.IsNaN(v[i])) { errors++; problems.Error(Problem.At(source, i + 2, column), $"{what} is missing (design columns may not be empty)"); }
            else if (v[i] < 0 || double.IsInfinity(v[i])) { errors++; problems.Error(Problem.At(source, i + 2, column), $"{what} {v[i].ToString(CultureInfo.InvariantCulture)} must be a finite number ≥ 0"); }
        }
    }

    private static RowKeys? Keys(string? column, ColumnTable t, string source, string what, ProblemList problems)
    {
        if (column is null) return null;
        var c = t[column];
        var errors = 0;
        for (var i = 0; i < c.Length && errors < 20; i++)
            if (c.IsMissing(i) || c is TextColumn { Values: var v } && v[i]!.Length == 0)
            {
                errors++;
                problems.Error(Problem.At(source, i + 2, column), $"{what} is missing (design columns may not be empty)");
            }
        return errors > 0 ? null : RowKeys.From(c);
    }

    private static CategoryCodes? Codes(string? column, ColumnTable t, string source, string what, ProblemList problems)
    {
        if (column is null) return null;
        var codes = CategoryCodes.Encode(t[column]);
        var errors = 0;
        for (var i = 0; i < codes.Codes.Length && errors < 20; i++)
            if (codes.Codes[i] < 0) { errors++; problems.Error(Problem.At(source, i + 2, column), $"{what} is missing (design columns may not be empty)"); }
        return codes;
    }

    internal static OverVariable OverCodes(string name, Column column)
    {
        if (column is NumericColumn num && CategoryCodes.TryLookup(num.Values, out var lookup, out var offset, out var labels, out var hasMissing))
            return new OverVariable(name, hasMissing ? [.. labels, MissingGroup] : labels, num.Values, offset, lookup, labels.Length);
        var codes = WithMissingGroup(CategoryCodes.Encode(column));
        return new OverVariable(name, codes.Codes, codes.Labels);
    }

    private static CategoryCodes WithMissingGroup(CategoryCodes c)
    {
        if (Array.IndexOf(c.Codes, -1) < 0) return c;
        var missing = c.Count;
        var codes = (int[])c.Codes.Clone();
        for (var i = 0; i < codes.Length; i++) if (codes[i] < 0) codes[i] = missing;
        return CategoryCodes.From(codes, [.. c.Labels, MissingGroup]);
    }
}
