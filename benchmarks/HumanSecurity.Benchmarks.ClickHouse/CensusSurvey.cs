using HumanSecurity.Tables;

namespace HumanSecurity.Benchmarks.ClickHouse;

/// <summary>A census-sized synthetic survey for the global MPI spec: households with 20 admin-1 × 25 admin-2 areas,
/// urban/rural strata (1,000), PSUs of about 200 households, weights, sizes 1..9 (mean 5, so persons ≈ 5 × households)
/// and the eight household deprivations; a person roster (age, years of schooling, school attendance) for the two
/// education indicators. Deterministic (fixed seed); numeric ids, as a census would have.</summary>
internal static class CensusSurvey
{
    public const int Admin1 = 20;
    public const int Admin2PerAdmin1 = 25;
    public const int HouseholdsPerPsu = 200;
    public static readonly string[] Deprivations = ["d_nutr", "d_cm", "d_ckfl", "d_sani", "d_wtr", "d_elct", "d_hsg", "d_asst"];

    public static (ColumnTable Households, ColumnTable Persons) Create(int households, int seed = 20261204)
    {
        var rng = new Random(seed);
        var h = new Columns(households, ["hh_id", "adm1", "adm2", "urban", "stratum", "psu", "hh_weight", "hh_size", .. Deprivations]);
        var sizes = new int[households];
        long persons = 0;
        for (var i = 0; i < households; i++)
        {
            var area = (int)((long)i * Admin1 * Admin2PerAdmin1 / households);
            // A PSU is 200 consecutive households, so it lies in one stratum; one PSU in three is urban.
            var psu = i / HouseholdsPerPsu;
            var (adm1, adm2, urban) = (1 + area / Admin2PerAdmin1, 100 * (1 + area / Admin2PerAdmin1) + 1 + area % Admin2PerAdmin1, psu % 3 == 0 ? 1 : 0);
            sizes[i] = 1 + rng.Next(9);
            persons += sizes[i];
            var risk = 0.08 + 0.35 * adm1 / Admin1 * (urban == 1 ? 0.6 : 1.3) + 0.1 * rng.NextDouble();
            h.Set(i, 0, i + 1); h.Set(i, 1, adm1); h.Set(i, 2, adm2); h.Set(i, 3, urban); h.Set(i, 4, 2 * adm2 + urban);
            h.Set(i, 5, 1 + psu); h.Set(i, 6, 80 + 40 * rng.NextDouble()); h.Set(i, 7, sizes[i]);
            for (var j = 0; j < Deprivations.Length; j++) h.Values[8 + j][i] = rng.NextDouble() < risk ? 1 : 0;
        }
        var p = new Columns(checked((int)persons), ["hh_id", "age", "years_school", "attending_school"]);
        var row = 0;
        for (var i = 0; i < households; i++)
            for (var m = 0; m < sizes[i]; m++, row++)
            {
                var age = m < 2 ? 18 + rng.Next(60) : rng.Next(18);
                p.Set(row, 0, i + 1);
                p.Set(row, 1, age);
                p.Set(row, 2, age < 6 ? double.NaN : Math.Min(age - 5, rng.Next(14)));
                p.Set(row, 3, age is >= 6 and <= 14 ? (rng.NextDouble() < 0.85 ? 1 : 0) : double.NaN);
            }
        return (h.Table("households"), p.Table("persons"));
    }

    /// <summary>One double array per column.</summary>
    private sealed class Columns(int rows, string[] names)
    {
        public double[][] Values { get; } = names.Select(_ => new double[rows]).ToArray();

        public void Set(int row, int column, double value) => Values[column][row] = value;

        public ColumnTable Table(string name) => new(name, [.. names.Select((n, c) => (Column)new NumericColumn(n, Values[c]))]);
    }
}
